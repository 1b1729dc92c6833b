// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import privflow.model.AdequacyDecision;

/** How messages name an adequacy decision: by number and date, or by date where the catalogue has no number. */
public final class AdequacyDecisions {

    private AdequacyDecisions() {
    }

    /**
     * @return e.g. "(EU) 2023/1795 of 2023-07-10", or "of 2025-12-19" when the catalogue records no
     *         number (its source says why)
     */
    public static Finding.Localizable name(AdequacyDecision decision) {
        String number = decision.getDecisionId();
        if (number == null || number.isBlank()) {
            return locale -> Messages.format(locale, "Decision_Unnumbered", decision.getAdopted()); //$NON-NLS-1$
        }
        return locale -> decision.getAdopted() == null
                ? number
                : Messages.format(locale, "Decision_Named", number, decision.getAdopted()); //$NON-NLS-1$
    }
}
