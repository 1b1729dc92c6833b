// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.AdequacyDecisions;
import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.AdequacyDecision;
import privflow.model.AdequacyDecisionReference;
import privflow.model.DpfCertification;
import privflow.model.Organisation;

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
                findings.accept(outOfScope(context, t));
            } else if (t.coverage() == Transfer.Coverage.NONE) {
                AdequacyDecision expired = context.engine().expiredAdequacy(t.country());
                if (expired != null) {
                    Finding.Builder builder = TransferFindings.start(Rule.ADEQUACY_SCOPE, context, t)
                            .message("AdequacyScope_Message_Expired", context.flow(), t.recipient(), //$NON-NLS-1$
                                    Finding.Country.of(t.country()), AdequacyDecisions.name(expired), expired.getValidUntil())
                            .fact("Fact_Expired", AdequacyDecisions.name(expired), expired.getValidUntil(), //$NON-NLS-1$
                                    new Finding.Translated(expired.getSource(), expired.getSourceFi()));
                    findings.accept(TransferFindings.toolRemedies(builder, t).build());
                }
            } else if (t.coverage() == Transfer.Coverage.ADEQUACY && t.decision().getReviewDue() != null
                    && t.decision().getReviewDue().isBefore(context.engine().asOf())) {
                AdequacyDecision d = t.decision();
                findings.accept(TransferFindings.start(Rule.ADEQUACY_SCOPE, context, t).keyPart("review") //$NON-NLS-1$
                        .severity(Severity.LOW)
                        .message("AdequacyScope_Message_ReviewDue", context.flow(), Finding.Country.of(t.country()), //$NON-NLS-1$
                                AdequacyDecisions.name(d), d.getReviewDue())
                        .remedy("Remedy_UpdateCatalogue").build()); //$NON-NLS-1$
            }
        }
    }

    /** The decision exists but leaves this importer out; the message says why, as the facts are. */
    private static Finding outOfScope(FlowContext context, Transfer t) {
        AdequacyDecision d = t.decision();
        Organisation importer = t.importer();
        Object who = importer == null ? new Finding.Text("AdequacyScope_NoImporter") : importer; //$NON-NLS-1$
        String message = "AdequacyScope_Message_" + d.getScope().name(); //$NON-NLS-1$
        if (d.getScope() == privflow.model.AdequacyScope.DPF_CERTIFIED && importer != null) {
            if (context.engine().facts().dpfCertified(importer, context.engine().asOf())) {
                message = "AdequacyScope_Message_DPF_HR"; //$NON-NLS-1$
            } else if (t.tool() instanceof DpfCertification || t.tool() instanceof AdequacyDecisionReference) {
                message = "AdequacyScope_Message_DPF_Relied"; //$NON-NLS-1$
            }
        }
        Finding.Builder builder = TransferFindings.start(Rule.ADEQUACY_SCOPE, context, t).message(message, context.flow(),
                t.recipient(), Finding.Country.of(t.country()), who, AdequacyDecisions.name(d), t.kind().text());
        switch (d.getScope()) {
            case DPF_CERTIFIED -> {
                if (importer != null) {
                    builder.remedy("Remedy_CheckDpf", importer); //$NON-NLS-1$
                }
            }
            case PIPEDA -> {
                if (importer != null) {
                    builder.remedy("Remedy_CheckPipeda", importer); //$NON-NLS-1$
                }
            }
            default -> builder.remedy("Remedy_CheckScope", AdequacyDecisions.name(d)); //$NON-NLS-1$
        }
        return TransferFindings.toolRemedies(builder, t).build();
    }
}
