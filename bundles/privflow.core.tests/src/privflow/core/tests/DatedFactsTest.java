// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.ProcessingRoles;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.model.Organisation;
import privflow.model.Role;
import privflow.model.Service;

/**
 * As of a date before a fact existed, the fact does not exist: DPF certification applies only
 * within its dates and never before the framework; and processing carried out as a processor is
 * recorded and checked as the processor's (Art. 30(2)), not as the controller's.
 */
class DatedFactsTest {

    private static final Locale FI = Locale.of("fi");

    private static ModelBuilder withMeta(LocalDate asOf) {
        ModelBuilder m = new ModelBuilder();
        m.model.setAsOf(asOf);
        Organisation meta = m.organisation("meta", "US");
        meta.setName("Meta Platforms, Inc.");
        meta.setDpfCertified(true);
        Service chat = m.service("chat", meta, "US");
        m.flow("f", m.controller, chat);
        return m;
    }

    private static String allFacts(Finding f, Locale locale) {
        return String.join("\n", f.facts().stream().map(t -> t.render(locale)).toList()) + "\n" + f.message(locale);
    }

    @Test
    void noCertificationBeforeTheFrameworkBegan() {
        LegalFacts facts = LegalFacts.of(List.of(Catalogues.shipped()));
        assertEquals(LocalDate.of(2023, 7, 10), facts.dpfStart());
        var meta = facts.knownOrganisations().get("meta");
        assertFalse(facts.dpfCertified(meta, LocalDate.of(2021, 10, 29)));
        assertTrue(facts.dpfCertified(meta, LocalDate.of(2023, 7, 10)));
        assertFalse(facts.dpfCertified(facts.knownServices().get("whatsapp-business"), LocalDate.of(2021, 10, 29)));
        assertTrue(facts.dpfCertified(facts.knownServices().get("whatsapp-business"), LocalDate.of(2026, 12, 7)));
    }

    @Test
    void asOf2021NothingSaysCertified() {
        ModelBuilder m = withMeta(LocalDate.of(2021, 10, 29));
        Finding f = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0);
        assertFalse(allFacts(f, Locale.ENGLISH).contains("certified"), allFacts(f, Locale.ENGLISH));
        assertFalse(allFacts(f, FI).contains("sertifioitunut"), allFacts(f, FI));
        assertTrue(allFacts(f, FI).contains("Tarkastelupäivänä 29.10.2021 ei ole voimassa Yhdysvaltoja (US) koskevaa"), allFacts(f, FI));
    }

    @Test
    void aLapsedCertificationNoLongerCovers() {
        ModelBuilder covered = withMeta(LocalDate.of(2025, 1, 1));
        AnalysisResult before = Findings.run(covered.model);
        assertEquals(Transfer.Coverage.ADEQUACY, before.transfers().get(0).coverage());

        ModelBuilder lapsed = withMeta(LocalDate.of(2025, 1, 1));
        lapsed.model.getOrganisations().get(1).setDpfCertifiedUntil(LocalDate.of(2024, 6, 30));
        Finding f = Findings.of(lapsed.model, Rule.ADEQUACY_SCOPE).get(0);
        assertTrue(allFacts(f, Locale.ENGLISH).contains("was not in force on 2025-01-01 (in force 2023-07-10 to 2024-06-30)"),
                allFacts(f, Locale.ENGLISH));
        assertTrue(allFacts(f, FI).contains("ei ollut voimassa tarkastelupäivänä 1.1.2025 (voimassa 10.7.2023–30.6.2024)"),
                allFacts(f, FI));
    }

    @Test
    void aCertificationFromALaterDateCountsFromThen() {
        ModelBuilder m = withMeta(LocalDate.of(2024, 1, 1));
        m.model.getOrganisations().get(1).setDpfCertifiedFrom(LocalDate.of(2024, 3, 1));
        assertEquals(1, Findings.of(m.model, Rule.ADEQUACY_SCOPE).size());
        m.model.setAsOf(LocalDate.of(2024, 3, 1));
        assertTrue(Findings.of(m.model, Rule.ADEQUACY_SCOPE).isEmpty());
    }

    @Test
    void processingAsAProcessorIsTheControllersToInformAndToBase() {
        ModelBuilder m = new ModelBuilder();
        Organisation client = m.organisation("client", "FI");
        m.model.setRecordKeeper(m.controller);
        m.activity.getRoles().clear();
        m.role(client, Role.CONTROLLER);
        m.role(m.controller, Role.PROCESSOR);
        m.activity.setDataSubjectsInformed(false);
        m.activity.setLegalBasis(privflow.model.LegalBasis.UNSPECIFIED);
        m.activity.setRetention(null);
        assertTrue(ProcessingRoles.carriedOutAsProcessor(m.activity));
        assertTrue(Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).isEmpty());
        assertTrue(Findings.of(m.model, Rule.INCOMPLETE_RECORD).isEmpty());
        m.activity.getSecurityMeasures().clear();
        assertEquals("The record of \"Customer service\" lacks: security measures.",
                Findings.of(m.model, Rule.INCOMPLETE_RECORD).get(0).message(Locale.ENGLISH));

        m.model.setRecordKeeper(client);
        assertFalse(ProcessingRoles.carriedOutAsProcessor(m.activity));
        assertEquals(1, Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).size());
    }
}
