// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;

/**
 * Rule 4 (Art. 44-46): support or administrators of the service access the data from a third
 * country. Access is a transfer even when the data is stored in the EEA (EDPB Guidelines 05/2021).
 */
final class RemoteAccessTransfer implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        for (Transfer t : context.transfers()) {
            if (t.kind() != Transfer.Kind.REMOTE_ACCESS || t.coverage() != Transfer.Coverage.NONE) {
                continue;
            }
            findings.accept(TransferFindings.start(Rule.REMOTE_ACCESS_TRANSFER, context, t)
                    .message("RemoteAccessTransfer_Message", context.flow(), t.service(), //$NON-NLS-1$
                            Finding.Country.of(t.country()))
                    .remedy("Remedy_RecordScc", t.fittingSccModuleText()) //$NON-NLS-1$
                    .remedy("Remedy_RestrictAccess").build()); //$NON-NLS-1$
        }
    }
}
