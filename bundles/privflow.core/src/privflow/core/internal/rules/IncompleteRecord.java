// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Messages;
import privflow.core.ProcessingRoles;
import privflow.core.Rule;
import privflow.core.internal.Engine;
import privflow.model.LegalBasis;
import privflow.model.ProcessingActivity;

/**
 * Rule 12 (Art. 30): an activity's record lacks its purpose, legal basis, retention or security
 * measures. For processing carried out as a processor (Art. 30(2)) the legal basis and the time
 * limits for erasure are the controller's to record, so only purposes and security are asked for.
 */
final class IncompleteRecord implements ActivityRule {

    @Override
    public void check(Engine engine, ProcessingActivity activity, Consumer<Finding> findings) {
        List<String> missing = new ArrayList<>(4);
        boolean asProcessor = ProcessingRoles.carriedOutAsProcessor(activity);
        if (activity.getPurposes().isEmpty()) {
            missing.add("RecordItem_Purposes"); //$NON-NLS-1$
        }
        if (!asProcessor && activity.getLegalBasis() == LegalBasis.UNSPECIFIED) {
            missing.add("RecordItem_LegalBasis"); //$NON-NLS-1$
        }
        if (!asProcessor && (activity.getRetention() == null || activity.getRetention().isBlank())) {
            missing.add("RecordItem_Retention"); //$NON-NLS-1$
        }
        if (activity.getSecurityMeasures().isEmpty()) {
            missing.add("RecordItem_SecurityMeasures"); //$NON-NLS-1$
        }
        if (missing.isEmpty()) {
            return;
        }
        Finding.Localizable items = (Locale locale) -> {
            StringBuilder text = new StringBuilder();
            for (String key : missing) {
                text.append(text.isEmpty() ? "" : ", ").append(Messages.get(locale, key)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return text.toString();
        };
        findings.accept(Finding.builder(Rule.INCOMPLETE_RECORD).element(activity)
                .message("IncompleteRecord_Message", activity, items) //$NON-NLS-1$
                .remedy("Remedy_CompleteRecord", items) //$NON-NLS-1$
                .fingerprint(missing.toArray()).build());
    }
}
