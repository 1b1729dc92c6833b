// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.Accessor;

/**
 * Rule 4 (Art. 44-46): support or administrators of the service access the data from a third
 * country. Access by a processor's or sub-processor's staff, or by the provider's parent or
 * affiliate, is a transfer even when the data is stored in the EEA; access by the controller's own
 * staff is not and never reaches this rule (EDPB Guidelines 05/2021).
 */
final class RemoteAccessTransfer implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        for (Transfer t : context.transfers()) {
            if (t.kind() != Transfer.Kind.REMOTE_ACCESS || t.coverage() != Transfer.Coverage.NONE) {
                continue;
            }
            Finding.Builder builder = TransferFindings.start(Rule.REMOTE_ACCESS_TRANSFER, context, t);
            if (t.accessor() == Accessor.UNSPECIFIED) {
                builder.message("RemoteAccessTransfer_Message", context.flow(), t.service(), //$NON-NLS-1$
                        Finding.Country.of(t.country()));
            } else {
                builder.message("RemoteAccessTransfer_Message_By", context.flow(), t.service(), //$NON-NLS-1$
                        Finding.Country.of(t.country()), t.accessor());
            }
            TransferFindings.toolRemedies(builder, t);
            builder.remedy("Remedy_RestrictAccess"); //$NON-NLS-1$
            if (t.accessor() == Accessor.UNSPECIFIED) {
                builder.remedy("Remedy_RecordAccessor"); //$NON-NLS-1$
            }
            findings.accept(builder.build());
        }
    }
}
