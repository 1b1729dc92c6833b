// SPDX-License-Identifier: EPL-2.0
package privflow.core;

/** How urgent a finding is; declared from the most to the least severe. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /**
     * @return the next more severe level, at most {@link #HIGH}: only a rule's own judgement (e.g.
     *         special categories sent to a third country with no tool) makes a finding critical
     */
    public Severity raised() {
        return this == CRITICAL || this == HIGH ? this : values()[ordinal() - 1];
    }

    /** @return whether this is at least as severe as {@code threshold} */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** @return the severity's name in {@code locale}, e.g. "high" or "korkea" */
    public String label(java.util.Locale locale) {
        return Messages.get(locale, "Severity_" + name()); //$NON-NLS-1$
    }

    /** @return {@code count} findings of this severity as {@code locale} says it, e.g. 2 korkeaa */
    public String count(int count, java.util.Locale locale) {
        return Messages.format(locale, "Severity_Count_" + name(), count); //$NON-NLS-1$
    }

    /** @return the lower-case name used in files and on the command line */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
