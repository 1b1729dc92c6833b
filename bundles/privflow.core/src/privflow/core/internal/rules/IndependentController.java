// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.internal.Engine;
import privflow.model.ContractType;
import privflow.model.Service;

/**
 * Rule 15 (Art. 5(1)(f), 24, 28): a service is used under consumer terms that employees accepted
 * personally. The provider is then not the organisation's processor but a controller in its own
 * right, to which the organisation discloses personal data without any contract, instructions or
 * control over use, retention and deletion: the governance failure of the Finnish WhatsApp case.
 */
final class IndependentController implements ServiceRule {

    @Override
    public void check(Engine engine, Service service, Consumer<Finding> findings) {
        if (service.getContract() != ContractType.CONSUMER_TERMS_PERSONAL) {
            return;
        }
        Object provider = service.getProvider() == null ? Finding.Text.of("NoProvider") : service.getProvider(); //$NON-NLS-1$
        findings.accept(Finding.builder(Rule.INDEPENDENT_CONTROLLER).element(service)
                .message("IndependentController_Message", service, provider) //$NON-NLS-1$
                .fact("Fact_Contract", service.getContract()) //$NON-NLS-1$
                .fact("Fact_ConsumerTerms", provider) //$NON-NLS-1$
                .remedy("Remedy_BusinessAccount") //$NON-NLS-1$
                .remedy("Remedy_StopPersonalUse") //$NON-NLS-1$
                .fingerprint(service.getContract(), service.getProvider()).build());
    }
}
