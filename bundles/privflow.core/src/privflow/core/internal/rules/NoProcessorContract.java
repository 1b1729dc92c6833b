// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.internal.Engine;
import privflow.model.ContractType;
import privflow.model.Service;

/**
 * Rule 8 (Art. 28): a service processes the organisation's personal data under a business contract
 * with no data processing agreement, or under a contract whose kind is not recorded. (Consumer
 * terms make the provider an independent controller: {@link IndependentController}.)
 */
final class NoProcessorContract implements ServiceRule {

    @Override
    public void check(Engine engine, Service service, Consumer<Finding> findings) {
        ContractType contract = service.getContract();
        if (contract != ContractType.BUSINESS_NO_DPA && contract != ContractType.UNKNOWN) {
            return;
        }
        findings.accept(Finding.builder(Rule.NO_PROCESSOR_CONTRACT).element(service)
                .message("NoProcessorContract_Message_NoDpa", service, contract) //$NON-NLS-1$
                .fact("Fact_Contract", contract) //$NON-NLS-1$
                .remedy("Remedy_SignDpa") //$NON-NLS-1$
                .fingerprint(contract, service.getProvider()).build());
    }
}
