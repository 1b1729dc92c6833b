// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.DataFlow;

/**
 * Rule 14 (Art. 30(1)(c)): a flow that declares no categories of personal data, neither itself nor
 * through its processing activity. The analysis treats it as personal data of unknown kind (so a
 * third-country transfer is still assessed); this finding asks for the categories, which the
 * record of processing and any transfer assessment need.
 */
final class UndeclaredData implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        DataFlow flow = context.flow();
        if (!flow.getDataCategories().isEmpty() || flow.getActivity() != null && !flow.getActivity().getDataCategories().isEmpty()) {
            return;
        }
        List<Transfer> transfers = context.transfers();
        Finding.Builder builder = Finding.builder(Rule.UNDECLARED_DATA).element(flow).path(List.of(flow))
                .remedy("Remedy_DeclareData"); //$NON-NLS-1$
        if (transfers.isEmpty()) {
            builder.severity(Severity.LOW).message("UndeclaredData_Message", flow); //$NON-NLS-1$
        } else {
            builder.message("UndeclaredData_Message_Transfer", flow, Finding.Country.of(transfers.get(0).country())); //$NON-NLS-1$
        }
        findings.accept(builder.fingerprint(!transfers.isEmpty(), flow.getTarget()).build());
    }
}
