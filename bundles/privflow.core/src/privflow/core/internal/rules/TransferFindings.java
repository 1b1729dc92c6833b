// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import privflow.core.AdequacyDecisions;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.AdequacyScope;
import privflow.model.ContractType;
import privflow.model.DataCategory;
import privflow.model.Organisation;

/**
 * What the transfer rules share: the key, the severity (critical for the most sensitive data with
 * nothing covering it, one level up for special categories otherwise), the common facts and the
 * remedies that fit the contract.
 */
final class TransferFindings {

    private TransferFindings() {
    }

    /** @return a builder keyed by flow, recipient and country, with the path, severity and the common facts */
    static Finding.Builder start(Rule rule, FlowContext context, Transfer transfer) {
        Finding.Builder builder = Finding.builder(rule).element(context.flow());
        if (transfer.recipient() != null) {
            builder.element(transfer.recipient());
        }
        builder.keyPart(transfer.country()).transfer(transfer);
        List<DataCategory> critical = rule.highestSeverity() == Severity.CRITICAL && !transfer.coverage().isCovered()
                ? context.criticalCategories()
                : List.of();
        if (!critical.isEmpty()) {
            builder.severity(Severity.CRITICAL, new Finding.Text("Fact_Severity_Critical", Paths.list(critical))); //$NON-NLS-1$
        } else if (context.special() && rule.defaultSeverity().raised() != rule.defaultSeverity()) {
            builder.severity(rule.defaultSeverity().raised(), raisedBecause(rule.defaultSeverity(), context));
        }
        builder.lazyFacts(() -> facts(context, transfer));
        builder.lazyFingerprint(() -> fingerprint(context, transfer));
        return builder;
    }

    /** @return the fact that a finding went up from {@code from} by one level for the flow's special categories */
    static Finding.Text raisedBecause(Severity from, FlowContext context) {
        return new Finding.Text("Fact_Severity_Raised", label(from), label(from.raised()), //$NON-NLS-1$
                Paths.list(context.specialCategories()));
    }

    private static Finding.Localizable label(Severity severity) {
        return (Locale locale) -> severity.label(locale);
    }

    /**
     * Adds the remedies that give the transfer a ground. Under consumer terms there is no contract
     * in which to agree clauses: stop, or move to a business product. Otherwise: the SCC module
     * the roles call for.
     */
    static Finding.Builder toolRemedies(Finding.Builder builder, Transfer transfer) {
        if (consumerTerms(transfer)) {
            return builder.remedy("Remedy_StopConsumerApp", transfer.service()) //$NON-NLS-1$
                    .remedy("Remedy_BusinessProductDpa"); //$NON-NLS-1$
        }
        return builder.remedy("Remedy_RecordScc", transfer.fittingSccModuleText()); //$NON-NLS-1$
    }

    /** Adds where the tool comes from, when a contract (not the flow) carries it. */
    static Finding.Builder inheritedTool(Finding.Builder builder, Transfer transfer) {
        return transfer.isToolInherited() ? builder.fact("Fact_Tool", transfer.toolText()) : builder; //$NON-NLS-1$
    }

    /** @return whether the transfer's service is used under consumer terms */
    static boolean consumerTerms(Transfer transfer) {
        return transfer.service() != null && transfer.service().getContract() == ContractType.CONSUMER_TERMS_PERSONAL;
    }

    private static List<Finding.Text> facts(FlowContext context, Transfer transfer) {
        List<Finding.Text> facts = new ArrayList<>(6);
        if (context.special()) {
            facts.add(new Finding.Text("Fact_SpecialCategories", Paths.list(context.specialCategories()))); //$NON-NLS-1$
        }
        facts.add(new Finding.Text("Fact_Destination", Finding.Country.of(transfer.country()), //$NON-NLS-1$
                transfer.kind().text()));
        if (transfer.kind() == Transfer.Kind.REMOTE_ACCESS) {
            facts.add(switch (transfer.accessor()) {
                case UNSPECIFIED, CONTROLLER_STAFF -> Finding.Text.of("Fact_AccessorUnknown"); //$NON-NLS-1$
                default -> new Finding.Text("Fact_Accessor", transfer.accessor()); //$NON-NLS-1$
            });
        }
        Organisation importer = transfer.importer();
        boolean dpf = transfer.decision() != null && transfer.decision().getScope() == AdequacyScope.DPF_CERTIFIED;
        if (importer == null) {
            facts.add(new Finding.Text("Fact_NoImporter", Finding.Country.of(transfer.country()))); //$NON-NLS-1$
        } else if (dpf) {
            boolean certified = context.engine().facts().dpfCertified(importer, context.engine().asOf());
            int hr = !certified ? 0 : importer.isDpfCoversHr() ? 1 : 2;
            facts.add(new Finding.Text("Fact_ImporterDpf", importer, Finding.Country.of(importer.getCountry()), //$NON-NLS-1$
                    certified ? 1 : 0, hr));
            if (importer.isDpfCertified() && !certified) {
                facts.add(new Finding.Text("Fact_DpfNotInForce", importer, context.engine().asOf(), //$NON-NLS-1$
                        dpfDates(context, importer)));
            }
        } else {
            facts.add(new Finding.Text("Fact_Importer", importer, Finding.Country.of(importer.getCountry()))); //$NON-NLS-1$
        }
        if (transfer.decision() != null) {
            facts.add(new Finding.Text("Fact_Adequacy", AdequacyDecisions.name(transfer.decision()), //$NON-NLS-1$
                    new Finding.Translated(sentence(transfer.decision().getScopeNote()),
                            sentence(transfer.decision().getScopeNoteFi())),
                    new Finding.Translated(transfer.decision().getSource(), transfer.decision().getSourceFi())));
        } else {
            facts.add(new Finding.Text("Fact_NoAdequacy", Finding.Country.of(transfer.country()), context.engine().asOf())); //$NON-NLS-1$
        }
        facts.add(new Finding.Text("Fact_Tool", transfer.toolText())); //$NON-NLS-1$
        if (consumerTerms(transfer)) {
            facts.add(new Finding.Text("Fact_ConsumerTermsTransfer", transfer.service())); //$NON-NLS-1$
        }
        if (context.engine().facts().scenario() != null) {
            facts.add(new Finding.Text("Fact_Scenario", new Finding.Translated( //$NON-NLS-1$
                    context.engine().facts().scenario().getName(), context.engine().facts().scenario().getNameFi())));
        }
        return facts;
    }

    /** @return when the importer's DPF certification runs, as the model or the catalogue dates it */
    private static Finding.Text dpfDates(FlowContext context, Organisation importer) {
        LegalFacts.DpfPeriod period = context.engine().facts().dpfPeriod(importer);
        return period.until() == null
                ? new Finding.Text("Fact_DpfFrom", period.from()) //$NON-NLS-1$
                : new Finding.Text("Fact_DpfDates", period.from(), period.until()); //$NON-NLS-1$
    }

    /** @return {@code text} ending with a full stop, or empty */
    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return ""; //$NON-NLS-1$
        }
        String t = text.strip();
        return t.endsWith(".") ? t : t + '.'; //$NON-NLS-1$
    }

    /** @return what a decision on a transfer finding rests on */
    static Object[] fingerprint(FlowContext context, Transfer transfer) {
        List<Object> facts = new ArrayList<>();
        facts.add(transfer.country());
        facts.add(transfer.kind());
        facts.add(transfer.coverage());
        facts.add(transfer.importer());
        facts.add(transfer.importer() != null
                && context.engine().facts().dpfCertified(transfer.importer(), context.engine().asOf()));
        facts.add(transfer.decision() == null ? "" : transfer.decision().getKey()); //$NON-NLS-1$
        facts.add(transfer.tool() == null ? "" : transfer.tool().eClass().getName()); //$NON-NLS-1$
        for (DataCategory c : context.flow().getDataCategories()) {
            facts.add(c);
        }
        for (EObject step : transfer.path()) {
            facts.add(step);
        }
        return facts.toArray();
    }
}
