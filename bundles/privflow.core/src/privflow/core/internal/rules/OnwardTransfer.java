// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;

/**
 * Rule 3 (Art. 44, 28(4)): a (transitive) sub-processor of the service is in a third country and
 * nothing covers that onward transfer; the finding carries the whole chain.
 */
final class OnwardTransfer implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        for (Transfer t : context.transfers()) {
            if (t.kind() != Transfer.Kind.ONWARD || t.coverage() != Transfer.Coverage.NONE) {
                continue;
            }
            findings.accept(TransferFindings.start(Rule.ONWARD_TRANSFER, context, t)
                    .message("OnwardTransfer_Message", context.flow(), t.path().get(1), t.service(), //$NON-NLS-1$
                            Finding.Country.of(t.country()), Paths.describe(t.path()))
                    .fact("Fact_Chain", Paths.describe(t.path())) //$NON-NLS-1$
                    .remedy("Remedy_OnwardScc") //$NON-NLS-1$
                    .remedy("Remedy_ObjectSubProcessor").build()); //$NON-NLS-1$
        }
    }
}
