// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.util.Locale;

/**
 * The rules of the analysis. Each has a stable id (used in finding keys, review decisions, SARIF
 * and on the command line), a default severity and the GDPR article it enforces.
 */
public enum Rule {
    TRANSFER_WITHOUT_TOOL("transfer-without-tool", Severity.HIGH, "Art. 44-46", true), //$NON-NLS-1$ //$NON-NLS-2$
    ADEQUACY_SCOPE("adequacy-scope", Severity.HIGH, "Art. 45", true), //$NON-NLS-1$ //$NON-NLS-2$
    ONWARD_TRANSFER("onward-transfer", Severity.HIGH, "Art. 44, 28(4)", true), //$NON-NLS-1$ //$NON-NLS-2$
    REMOTE_ACCESS_TRANSFER("remote-access-transfer", Severity.HIGH, "Art. 44-46", true), //$NON-NLS-1$ //$NON-NLS-2$
    SCC_MODULE_MISMATCH("scc-module-mismatch", Severity.MEDIUM, "Art. 46(2)(c)", true), //$NON-NLS-1$ //$NON-NLS-2$
    TIA_MISSING_OR_OLD("tia-missing-or-old", Severity.MEDIUM, "Art. 46(1)", true), //$NON-NLS-1$ //$NON-NLS-2$
    DEROGATION_SYSTEMATIC("derogation-systematic", Severity.HIGH, "Art. 49", true), //$NON-NLS-1$ //$NON-NLS-2$
    NO_PROCESSOR_CONTRACT("no-processor-contract", Severity.MEDIUM, "Art. 28", false), //$NON-NLS-1$ //$NON-NLS-2$
    INDEPENDENT_CONTROLLER("independent-controller", Severity.HIGH, "Art. 5(1)(f), 24, 28", false), //$NON-NLS-1$ //$NON-NLS-2$
    UNMANAGED_DEVICES("unmanaged-devices", Severity.HIGH, "Art. 32, 25, 24", false), //$NON-NLS-1$ //$NON-NLS-2$
    SUBJECTS_NOT_INFORMED("subjects-not-informed", Severity.MEDIUM, "Art. 13-14", false), //$NON-NLS-1$ //$NON-NLS-2$
    WEAK_CHANNEL("weak-channel", Severity.HIGH, "Art. 32", false), //$NON-NLS-1$ //$NON-NLS-2$
    SPECIAL_CATEGORY_CONDITION("special-category-condition", Severity.HIGH, "Art. 9", false), //$NON-NLS-1$ //$NON-NLS-2$
    INCOMPLETE_RECORD("incomplete-record", Severity.MEDIUM, "Art. 30", false), //$NON-NLS-1$ //$NON-NLS-2$
    UNKNOWN_LOCATION("unknown-location", Severity.MEDIUM, "Art. 44", false), //$NON-NLS-1$ //$NON-NLS-2$
    UNDECLARED_DATA("undeclared-data", Severity.MEDIUM, "Art. 30(1)(c)", false), //$NON-NLS-1$ //$NON-NLS-2$
    CONFLICTING_FACTS("conflicting-facts", Severity.MEDIUM, "Art. 5(1)(d), 5(2)", false); //$NON-NLS-1$ //$NON-NLS-2$

    private final String id;
    private final Severity severity;
    private final String article;
    private final boolean transfer;

    Rule(String id, Severity severity, String article, boolean transfer) {
        this.id = id;
        this.severity = severity;
        this.article = article;
        this.transfer = transfer;
    }

    /** @return the stable id, e.g. {@code transfer-without-tool} */
    public String id() {
        return id;
    }

    /** @return the severity before adjustments (special categories raise transfer findings) */
    public Severity defaultSeverity() {
        return severity;
    }

    /**
     * @return the most severe level a finding of this rule can have: {@link Severity#CRITICAL} for
     *         the rules that find a transfer nothing covers (it is critical when it carries special
     *         categories, criminal data, identity codes or access codes), else the default
     */
    public Severity highestSeverity() {
        return switch (this) {
            case TRANSFER_WITHOUT_TOOL, ADEQUACY_SCOPE, ONWARD_TRANSFER, REMOTE_ACCESS_TRANSFER -> Severity.CRITICAL;
            default -> severity;
        };
    }

    /** @return the GDPR article(s), e.g. {@code Art. 44-46}, as machine-readable reports give them */
    public String article() {
        return article;
    }

    /** @return the GDPR article(s) as {@code locale} cites them, e.g. {@code 44–46 artikla} */
    public String article(Locale locale) {
        return Messages.get(locale, "Rule_" + name() + "_Article"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return whether this rule is about a chapter V transfer; its findings then name the
     *         {@linkplain Finding#transfer() transfer} they concern
     */
    public boolean isTransferRule() {
        return transfer;
    }

    /** @return the rule's short title in {@code locale} */
    public String title(Locale locale) {
        return Messages.get(locale, "Rule_" + name() + "_Title"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return what the rule checks and why, in {@code locale} */
    public String help(Locale locale) {
        return Messages.get(locale, "Rule_" + name() + "_Help"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the rule with {@code id}, or {@code null} */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
