// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;

/**
 * Rule 1 (Art. 44-46): the recipient's legal entity or storage is in a third country and nothing
 * covers the transfer: no adequacy decision, no Art. 46 safeguard, no Art. 49 derogation.
 */
final class TransferWithoutTool implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        for (Transfer t : context.transfers()) {
            if (t.coverage() != Transfer.Coverage.NONE
                    || (t.kind() != Transfer.Kind.STORAGE && t.kind() != Transfer.Kind.LEGAL_ENTITY)
                    || context.engine().expiredAdequacy(t.country()) != null) {
                continue;
            }
            Finding.Builder builder = TransferFindings.start(Rule.TRANSFER_WITHOUT_TOOL, context, t)
                    .message("TransferWithoutTool_Message", context.flow(), t.recipient(), //$NON-NLS-1$
                            Finding.Country.of(t.country()), t.kind().text());
            TransferFindings.toolRemedies(builder, t);
            if (!TransferFindings.consumerTerms(t)) {
                builder.remedy("Remedy_EeaAlternative") //$NON-NLS-1$
                        .remedy("Remedy_Derogation"); //$NON-NLS-1$
            }
            findings.accept(builder.build());
        }
    }
}
