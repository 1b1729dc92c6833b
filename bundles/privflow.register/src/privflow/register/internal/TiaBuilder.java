// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import privflow.core.AdequacyDecisions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.Messages;
import privflow.core.Transfer;
import privflow.edit.Labels;
import privflow.model.AdequacyDecision;
import privflow.model.Catalogue;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.Service;
import privflow.model.StandardContractualClauses;
import privflow.model.TransferSafeguard;
import privflow.register.TransferImpactAssessment;
import privflow.register.TransferImpactAssessment.Item;
import privflow.register.TransferImpactAssessment.Step;

/** Fills a transfer impact assessment worksheet from the model, the analysis and the catalogue. */
public final class TiaBuilder {

    private final DataFlowModel model;
    private final AnalysisResult result;
    private final Transfer transfer;
    private final Texts t;
    private final Locale locale;
    private final LocalDate date;
    private final int maxAgeMonths;

    public TiaBuilder(DataFlowModel model, AnalysisResult result, Transfer transfer, Locale locale, LocalDate date,
            int maxAgeMonths) {
        this.model = model;
        this.result = result;
        this.transfer = transfer;
        this.t = new Texts(locale);
        this.locale = locale;
        this.date = date;
        this.maxAgeMonths = maxAgeMonths;
    }

    public TransferImpactAssessment build() {
        DataFlow flow = transfer.flow();
        String recipient = transfer.recipient() == null ? t.get("Value_NotRecorded") : Labels.of(transfer.recipient(), locale); //$NON-NLS-1$
        String subtitle = t.format("Tia_Subtitle", Labels.of(flow, locale), recipient, Finding.Country.of(transfer.country())); //$NON-NLS-1$
        List<Step> steps = List.of(step1(flow), step2(), step3(), step4(), step5(), step6());
        return new TransferImpactAssessment(t.get("Tia_Title"), subtitle, reference(), date, date.plusMonths(maxAgeMonths), locale, //$NON-NLS-1$
                steps);
    }

    /** @return a reference that names this transfer on this date, the same each time it is made */
    private String reference() {
        String of = id(transfer.flow()) + '|' + (transfer.recipient() == null ? "" : id(transfer.recipient())) + '|' //$NON-NLS-1$
                + transfer.country();
        byte[] hash = Digest.sha256(of.getBytes(StandardCharsets.UTF_8));
        return "TIA-" + date + '-' + HexFormat.of().formatHex(hash, 0, 3).toUpperCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static String id(EObject e) {
        return e instanceof Identified i && i.getId() != null ? i.getId() : String.valueOf(e.hashCode());
    }

    private Step step1(DataFlow flow) {
        List<Item> items = new ArrayList<>();
        ProcessingActivity activity = flow.getActivity();
        items.add(
                item(t.get("Column_exporter"), flow.getSource() == null ? List.of() : List.of(text(Labels.of(flow.getSource(), locale))))); //$NON-NLS-1$
        items.add(item(t.get("Column_recipient"), //$NON-NLS-1$
                transfer.recipient() == null ? List.of() : List.of(text(Labels.of(transfer.recipient(), locale)))));
        items.add(item(t.get("Column_importer"), transfer.importer() == null ? List.of() : List.of(organisation(transfer.importer())))); //$NON-NLS-1$
        items.add(item(t.get("Column_country"), List.of(Finding.Country.of(transfer.country()).render(locale)))); //$NON-NLS-1$
        items.add(item(t.get("Column_how"), List.of(transfer.kind().text().render(locale)))); //$NON-NLS-1$
        items.add(item(t.get("Tia_Path"), List.of(String.join(" \u2192 ", //$NON-NLS-1$ //$NON-NLS-2$
                transfer.path().stream().map(e -> Labels.of(e, locale)).toList()))));
        items.add(item(t.get("Column_activity"), activity == null ? List.of() : List.of(text(Labels.of(activity, locale))))); //$NON-NLS-1$
        items.add(item(t.get("Column_purposes"), activity == null ? List.of() : texts(activity.getPurposes()))); //$NON-NLS-1$
        items.add(item(t.get("Column_data_subjects"), activity == null //$NON-NLS-1$
                ? List.of()
                : texts(activity.getDataSubjects().stream().map(s -> Labels.of(s, locale)).toList())));
        items.add(item(t.get("Column_personal_data"), texts(flow.getDataCategories().stream().map(c -> Labels.of(c, locale)).toList()))); //$NON-NLS-1$
        items.add(item(t.get("Tia_Frequency"), flow.getFrequency() == null ? List.of() : List.of(Labels.of(flow.getFrequency(), locale)))); //$NON-NLS-1$
        List<Object> onward = new ArrayList<>();
        for (Transfer other : result.transfers()) {
            if (other.flow() == flow && !other.equals(transfer) && other.kind() == Transfer.Kind.ONWARD) {
                onward.add(Finding.Country.of(other.country()).render(locale)
                        + (other.recipient() == null ? "" : " \u2013 " + Labels.of(other.recipient(), locale))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        items.add(item(t.get("Tia_Onward"), onward.isEmpty() ? List.of(t.get("Value_None")) : onward)); //$NON-NLS-1$ //$NON-NLS-2$
        return new Step(t.get("Tia_Step1"), items, List.of(t.get("Tia_Q1_1"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Step step2() {
        List<Item> items = new ArrayList<>();
        items.add(item(t.get("Column_tool"), List.of(transfer.toolText().render(locale)))); //$NON-NLS-1$
        items.add(item(t.get("Tia_SccModule"), List.of(transfer.fittingSccModuleText().render(locale)))); //$NON-NLS-1$
        TransferSafeguard tool = transfer.tool();
        if (tool != null) {
            items.add(item(t.get("Tia_ToolReference"), List.of(t.orNotRecorded(tool.getReference())))); //$NON-NLS-1$
            if (tool instanceof StandardContractualClauses scc) {
                items.add(item(t.get("Tia_SignedOn"), List.of(scc.getSignedOn() == null ? t.get("Value_NotRecorded") : scc.getSignedOn()))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String previous = tool.getTiaDate() == null && blank(tool.getTiaReference())
                    ? t.get("Value_NotRecorded") //$NON-NLS-1$
                    : String.join(", ", List.of(t.orNotRecorded(tool.getTiaReference()), //$NON-NLS-1$
                            tool.getTiaDate() == null ? t.get("Value_NotRecorded") : Messages.date(locale, tool.getTiaDate()))); //$NON-NLS-1$
            items.add(item(t.get("Tia_Previous"), List.of(previous))); //$NON-NLS-1$
        }
        return new Step(t.get("Tia_Step2"), items, List.of(t.get(tool == null ? "Tia_Q2_None" : "Tia_Q2_1"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Step step3() {
        LegalFacts facts = result.facts();
        List<Item> items = new ArrayList<>();
        List<Object> decisions = new ArrayList<>();
        for (AdequacyDecision d : facts.adequacyDecisions().values()) {
            if (transfer.country().equals(d.getCountry())) {
                String note = locale.getLanguage().equals("fi") && !blank(d.getScopeNoteFi()) ? d.getScopeNoteFi() : d.getScopeNote(); //$NON-NLS-1$
                String source = locale.getLanguage().equals("fi") && !blank(d.getSourceFi()) ? d.getSourceFi() : d.getSource(); //$NON-NLS-1$
                boolean inForce = d == facts.adequacyInForce(transfer.country(), result.asOf());
                decisions.add(t.format(inForce ? "Tia_DecisionInForce" : "Tia_DecisionNotInForce", //$NON-NLS-1$ //$NON-NLS-2$
                        AdequacyDecisions.name(d).render(locale), d.getValidUntil() == null ? t.get("Tia_NoEndDate") : d.getValidUntil(), //$NON-NLS-1$
                        blank(note) ? "" : note, blank(source) ? "" : source)); //$NON-NLS-1$
            }
        }
        items.add(item(t.get("Tia_Adequacy"), decisions.isEmpty() ? List.of(t.get("Tia_NoDecision")) : decisions)); //$NON-NLS-1$ //$NON-NLS-2$
        Organisation importer = transfer.importer();
        if (importer != null && facts.dpfStart() != null && "US".equals(transfer.country())) { //$NON-NLS-1$
            LegalFacts.DpfPeriod period = facts.dpfPeriod(importer);
            boolean certified = facts.dpfCertified(importer, result.asOf());
            items.add(item(t.get("Tia_Dpf"), List.of(certified //$NON-NLS-1$
                    ? t.format("Tia_DpfCertified", Messages.date(locale, result.asOf()), //$NON-NLS-1$
                            period.from() == null ? t.get("Value_NotRecorded") : period.from(), //$NON-NLS-1$
                            period.until() == null ? t.get("Tia_NoEndDate") : period.until()) //$NON-NLS-1$
                    : t.format("Tia_DpfNotCertified", Messages.date(locale, result.asOf()))))); //$NON-NLS-1$
        }
        Set<String> findingFacts = new LinkedHashSet<>();
        for (Finding f : result.findingsAbout(transfer)) {
            f.facts().forEach(fact -> findingFacts.add(fact.render(locale)));
        }
        if (!findingFacts.isEmpty()) {
            items.add(item(t.get("Tia_AnalysisFacts"), new ArrayList<>(findingFacts))); //$NON-NLS-1$
        }
        List<Object> catalogues = new ArrayList<>();
        for (Catalogue c : facts.catalogues()) {
            catalogues.add(t.format("Tia_CatalogueEntry", Catalogues.name(c, locale), c.getAsOf(), //$NON-NLS-1$
                    String.join("; ", Catalogues.sources(c, locale)))); //$NON-NLS-1$
        }
        items.add(item(t.get("Tia_Catalogue"), catalogues)); //$NON-NLS-1$
        return new Step(t.get("Tia_Step3"), items, questions("Tia_Q3_", 6)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Step step4() {
        List<Item> items = new ArrayList<>();
        Service service = transfer.service();
        if (service != null) {
            items.add(item(t.get("Tia_InTransit"), List.of(t.yesNo(service.isEncryptedInTransit())))); //$NON-NLS-1$
            items.add(item(t.get("Tia_AtRest"), List.of(t.yesNo(service.isEncryptedAtRest())))); //$NON-NLS-1$
            items.add(item(t.get("Tia_EndToEnd"), List.of(t.yesNo(service.isEndToEndEncrypted())))); //$NON-NLS-1$
            List<Object> locations = new ArrayList<>();
            for (Location l : service.getLocations()) {
                String where = Finding.Country.of(l.getCountry()).render(locale);
                String access = l.isRemoteAccessOnly() ? t.get("Value_LocationRemote") : ""; //$NON-NLS-1$
                String who = l.getAccessedBy() == null ? "" : " \u2013 " + Labels.of(l.getAccessedBy(), locale); //$NON-NLS-1$ //$NON-NLS-2$
                locations.add(where + access + who);
            }
            items.add(item(t.get("Tia_Locations"), locations)); //$NON-NLS-1$
        }
        List<Object> findings = new ArrayList<>();
        for (Finding f : result.findingsAbout(transfer)) {
            findings.add(f.rule().title(locale) + " (" + f.severity().label(locale) + "): " + f.message(locale)); //$NON-NLS-1$ //$NON-NLS-2$
            f.remedies().forEach(r -> findings.add("\u2192 " + r.render(locale))); //$NON-NLS-1$
        }
        items.add(item(t.get("Tia_Findings"), findings.isEmpty() ? List.of(t.get("Value_None")) : findings)); //$NON-NLS-1$ //$NON-NLS-2$
        return new Step(t.get("Tia_Step4"), items, questions("Tia_Q4_", 3)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Step step5() {
        return new Step(t.get("Tia_Step5"), List.of(), questions("Tia_Q5_", 2)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Step step6() {
        return new Step(t.get("Tia_Step6"), //$NON-NLS-1$
                List.of(item(t.get("Tia_ReEvaluate"), List.of(t.format("Tia_ReEvaluateBy", date.plusMonths(maxAgeMonths), maxAgeMonths)))), //$NON-NLS-1$ //$NON-NLS-2$
                questions("Tia_Q6_", 1)); //$NON-NLS-1$
    }

    private List<String> questions(String prefix, int count) {
        List<String> questions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            questions.add(t.get(prefix + i));
        }
        return questions;
    }

    private static Item item(String label, List<?> values) {
        return new Item(label, new ArrayList<>(values));
    }

    private String organisation(Organisation o) {
        return blank(o.getCountry())
                ? Labels.of(o, locale)
                : t.format("Value_Organisation", Labels.of(o, locale), Finding.Country.of(o.getCountry()).render(locale)); //$NON-NLS-1$
    }

    /** @return the model's own text, as a phrase in the model's language when that is not the worksheet's */
    private Object text(String value) {
        return Cells.phrase(value, model.getLanguage(), locale);
    }

    private List<Object> texts(List<String> values) {
        return values.stream().map(this::text).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** SHA-256, which every Java runtime has. */
    private static final class Digest {
        static byte[] sha256(byte[] bytes) {
            try {
                return java.security.MessageDigest.getInstance("SHA-256").digest(bytes); //$NON-NLS-1$
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
