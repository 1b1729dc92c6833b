// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.Derogation;
import privflow.model.DerogationPoint;
import privflow.model.Frequency;

/**
 * Rule 7 (Art. 49): derogations are for occasional, non-repetitive transfers; a regular flow
 * needs an Art. 45 or 46 ground. Compelling legitimate interests (Art. 49(1), second
 * subparagraph) must also be documented (Art. 30(1)(e)).
 */
final class DerogationSystematic implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        Transfer relied = null;
        for (Transfer t : context.transfers()) {
            if (t.coverage() == Transfer.Coverage.DEROGATION) {
                relied = t;
                break;
            }
        }
        if (relied == null || !(relied.tool() instanceof Derogation derogation)) {
            return;
        }
        if (context.flow().getFrequency() == Frequency.REGULAR) {
            findings.accept(Finding.builder(Rule.DEROGATION_SYSTEMATIC).element(context.flow()).element(derogation)
                    .severity(context.special() ? Severity.HIGH : Rule.DEROGATION_SYSTEMATIC.defaultSeverity())
                    .transfer(relied)
                    .message("DerogationSystematic_Message", context.flow(), //$NON-NLS-1$
                            derogation.getPoint())
                    .remedy(TransferFindings.consumerTerms(relied) ? "Remedy_BusinessProductDpa" : "Remedy_RecordScc", //$NON-NLS-1$ //$NON-NLS-2$
                            relied.fittingSccModuleText())
                    .fingerprint(context.flow().getFrequency(), derogation.getPoint()).build());
        }
        if (derogation.getPoint() == DerogationPoint.COMPELLING_LEGITIMATE_INTERESTS
                && (derogation.getDocumentation() == null || derogation.getDocumentation().isBlank())) {
            findings.accept(Finding.builder(Rule.DEROGATION_SYSTEMATIC).element(context.flow()).element(derogation)
                    .keyPart("undocumented").severity(Severity.MEDIUM).transfer(relied) //$NON-NLS-1$
                    .message("DerogationSystematic_Message_Undocumented", context.flow()) //$NON-NLS-1$
                    .remedy("Remedy_DocumentDerogation") //$NON-NLS-1$
                    .fingerprint(derogation.getPoint(), "undocumented").build()); //$NON-NLS-1$
        }
    }
}
