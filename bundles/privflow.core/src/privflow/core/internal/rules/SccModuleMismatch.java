// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.SccModule;
import privflow.model.StandardContractualClauses;

/**
 * Rule 5 (Art. 46(2)(c)): the recorded SCC module does not match the exporter's and importer's
 * roles in the transfer the clauses cover (not one an adequacy decision already covers).
 */
final class SccModuleMismatch implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        for (Transfer t : context.transfers()) {
            if (t.kind() == Transfer.Kind.ONWARD || !(t.tool() instanceof StandardContractualClauses scc)
                    || t.coverage() != Transfer.Coverage.SAFEGUARD) {
                continue;
            }
            SccModule expected = t.fittingSccModule();
            if (scc.getModule() == expected) {
                continue;
            }
            String message = scc.getModule() == SccModule.UNSPECIFIED
                    ? "SccModuleMismatch_Message_Missing" //$NON-NLS-1$
                    : "SccModuleMismatch_Message"; //$NON-NLS-1$
            Finding.Builder builder = Finding.builder(Rule.SCC_MODULE_MISMATCH).element(context.flow()).element(scc)
                    .transfer(t);
            findings.accept(TransferFindings.inheritedTool(builder, t)
                    .message(message, context.flow(), scc.getModule(), //$NON-NLS-1$
                            expected) //$NON-NLS-1$
                    .fact("Fact_SccRoles", expected) //$NON-NLS-1$ //$NON-NLS-2$
                    .remedy("Remedy_SccModule", expected) //$NON-NLS-1$ //$NON-NLS-2$
                    .fingerprint(scc.getModule(), expected, t.importer()).build());
            return;
        }
    }
}
