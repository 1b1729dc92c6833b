// SPDX-License-Identifier: EPL-2.0
package privflow.core;

/** Where the legal review of a finding stands. */
public enum ReviewState {
    /** Nobody has decided yet. */
    OPEN,
    /** The risk is accepted, with a rationale. */
    ACCEPTED,
    /** Measures were taken; the rationale says which. */
    MITIGATED,
    /** Rejected as a false positive. */
    REJECTED,
    /** A decision exists but the facts it was based on have changed: the finding is open again. */
    STALE;

    /** @return whether the finding still needs attention */
    public boolean isOpen() {
        return this == OPEN || this == STALE;
    }

    /** @return the state's name in {@code locale}, e.g. "accepted risk" */
    public String label(java.util.Locale locale) {
        return Messages.get(locale, "ReviewState_" + name()); //$NON-NLS-1$
    }

    /** @return the lower-case name used in files */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
