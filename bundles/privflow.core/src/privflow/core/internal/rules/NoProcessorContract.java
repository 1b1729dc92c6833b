// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.internal.Engine;
import privflow.model.ContractType;
import privflow.model.Service;

/**
 * Rule 8 (Art. 28): a service processes the organisation's personal data under consumer terms an
 * employee accepted personally, so the controller cannot govern the processing, or with no data
 * processing agreement recorded.
 */
final class NoProcessorContract implements ServiceRule {

    @Override
    public void check(Engine engine, Service service, Consumer<Finding> findings) {
        ContractType contract = service.getContract();
        if (contract == ContractType.BUSINESS_DPA || contract == ContractType.INTERNAL) {
            return;
        }
        Finding.Builder builder = Finding.builder(Rule.NO_PROCESSOR_CONTRACT).element(service)
                .fact("Fact_Contract", contract) //$NON-NLS-1$ //$NON-NLS-2$
                .fingerprint(contract, service.getProvider());
        if (contract == ContractType.CONSUMER_TERMS_PERSONAL) {
            builder.message("NoProcessorContract_Message_Personal", service, service.getProvider() == null //$NON-NLS-1$
                    ? new Finding.Text("NoProvider") //$NON-NLS-1$
                    : service.getProvider())
                    .remedy("Remedy_BusinessAccount") //$NON-NLS-1$
                    .remedy("Remedy_StopPersonalUse"); //$NON-NLS-1$
        } else {
            builder.severity(Severity.MEDIUM)
                    .message("NoProcessorContract_Message_NoDpa", service, contract) //$NON-NLS-1$ //$NON-NLS-2$
                    .remedy("Remedy_SignDpa"); //$NON-NLS-1$
        }
        findings.accept(builder.build());
    }
}
