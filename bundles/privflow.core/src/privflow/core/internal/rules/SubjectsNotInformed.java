// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.ProcessingRoles;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.internal.Engine;
import privflow.model.ProcessingActivity;

/** Rule 9 (Art. 13-14): data subjects are not told about the activity, or no notice is referenced. */
final class SubjectsNotInformed implements ActivityRule {

    @Override
    public void check(Engine engine, ProcessingActivity activity, Consumer<Finding> findings) {
        if (ProcessingRoles.carriedOutAsProcessor(activity)) {
            return;
        }
        if (!activity.isDataSubjectsInformed()) {
            findings.accept(Finding.builder(Rule.SUBJECTS_NOT_INFORMED).element(activity)
                    .message("SubjectsNotInformed_Message", activity) //$NON-NLS-1$
                    .remedy("Remedy_PrivacyNotice") //$NON-NLS-1$
                    .fingerprint(false, activity.getDataSubjects().toArray()).build());
        } else if (activity.getPrivacyNoticeReference() == null || activity.getPrivacyNoticeReference().isBlank()) {
            findings.accept(Finding.builder(Rule.SUBJECTS_NOT_INFORMED).element(activity).keyPart("notice") //$NON-NLS-1$
                    .severity(Severity.LOW)
                    .message("SubjectsNotInformed_Message_NoReference", activity) //$NON-NLS-1$
                    .remedy("Remedy_ReferenceNotice") //$NON-NLS-1$
                    .fingerprint(true).build());
        }
    }
}
