// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.AdequacyDecision;

/**
 * Rule 2 (Art. 45): the destination has an adequacy decision whose scope does not cover this
 * importer (US: only DPF-certified organisations, and HR data only if the certification covers
 * it; Canada: only organisations under PIPEDA), or the decision had expired or is past its review
 * date on the as-of date.
 */
final class AdequacyScope implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        for (Transfer t : context.transfers()) {
            if (t.coverage() == Transfer.Coverage.OUT_OF_ADEQUACY_SCOPE) {
                AdequacyDecision d = t.decision();
                findings.accept(TransferFindings.start(Rule.ADEQUACY_SCOPE, context, t)
                        .message("AdequacyScope_Message_" + d.getScope().name(), context.flow(), //$NON-NLS-1$
                                t.recipient(), Finding.Country.of(t.country()),
                                t.importer() == null ? new Finding.Text("AdequacyScope_NoImporter") : t.importer(), //$NON-NLS-1$
                                d.getDecisionId())
                        .remedy("Remedy_CheckCertification", Finding.Country.of(t.country())) //$NON-NLS-1$
                        .remedy("Remedy_RecordScc", t.fittingSccModuleText()).build()); //$NON-NLS-1$
            } else if (t.coverage() == Transfer.Coverage.NONE) {
                AdequacyDecision expired = context.engine().expiredAdequacy(t.country());
                if (expired != null) {
                    findings.accept(TransferFindings.start(Rule.ADEQUACY_SCOPE, context, t)
                            .message("AdequacyScope_Message_Expired", context.flow(), t.recipient(), //$NON-NLS-1$
                                    Finding.Country.of(t.country()), expired.getDecisionId(), expired.getValidUntil())
                            .fact("Fact_Expired", expired.getDecisionId(), expired.getValidUntil(), expired.getSource()) //$NON-NLS-1$
                            .remedy("Remedy_RecordScc", t.fittingSccModuleText()).build()); //$NON-NLS-1$
                }
            } else if (t.coverage() == Transfer.Coverage.ADEQUACY && t.decision().getReviewDue() != null
                    && t.decision().getReviewDue().isBefore(context.engine().asOf())) {
                AdequacyDecision d = t.decision();
                findings.accept(TransferFindings.start(Rule.ADEQUACY_SCOPE, context, t).keyPart("review") //$NON-NLS-1$
                        .severity(Severity.LOW)
                        .message("AdequacyScope_Message_ReviewDue", context.flow(), Finding.Country.of(t.country()), //$NON-NLS-1$
                                d.getDecisionId(), d.getReviewDue())
                        .remedy("Remedy_UpdateCatalogue").build()); //$NON-NLS-1$
            }
        }
    }
}
