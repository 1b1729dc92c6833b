// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.BindingCorporateRules;
import privflow.model.StandardContractualClauses;
import privflow.model.TransferSafeguard;

/**
 * Rule 6 (Art. 46(1); EDPB Recommendations 01/2020): a transfer relying on SCCs or BCRs needs a
 * transfer impact assessment, re-evaluated at intervals.
 */
final class TiaMissingOrOld implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        Set<TransferSafeguard> seen = null;
        for (Transfer t : context.transfers()) {
            if ((t.tool() instanceof StandardContractualClauses || t.tool() instanceof BindingCorporateRules)
                    && t.coverage() == Transfer.Coverage.SAFEGUARD) {
                if (seen == null) {
                    seen = new HashSet<>(2);
                }
                if (seen.add(t.tool())) {
                    check(context, t, findings);
                }
            }
        }
    }

    /** Checks the assessment of the tool {@code relied} rests on (each tool once per flow). */
    private static void check(FlowContext context, Transfer relied, Consumer<Finding> findings) {
        TransferSafeguard tool = relied.tool();
        LocalDate date = tool.getTiaDate();
        boolean missing = date == null && (tool.getTiaReference() == null || tool.getTiaReference().isBlank());
        LocalDate limit = context.engine().asOf().minusMonths(context.engine().options().tiaMaxAgeMonths());
        if (!missing && (date == null || !date.isBefore(limit))) {
            return;
        }
        Finding.Builder builder = Finding.builder(Rule.TIA_MISSING_OR_OLD).element(context.flow()).element(tool)
                .transfer(relied).remedy("Remedy_Tia"); //$NON-NLS-1$
        if (missing) {
            builder.message("TiaMissingOrOld_Message_Missing", context.flow(), Finding.Country.of(relied.country())); //$NON-NLS-1$
        } else {
            builder.severity(Severity.LOW).message("TiaMissingOrOld_Message_Old", context.flow(), date, //$NON-NLS-1$
                    context.engine().options().tiaMaxAgeMonths());
        }
        if (context.special()) {
            builder.severity(Rule.TIA_MISSING_OR_OLD.defaultSeverity().raised(),
                    TransferFindings.raisedBecause(Rule.TIA_MISSING_OR_OLD.defaultSeverity(), context));
        }
        findings.accept(TransferFindings.inheritedTool(builder, relied).fingerprint(missing, date, tool.getTiaReference(), relied.country())
                .build());
    }
}
