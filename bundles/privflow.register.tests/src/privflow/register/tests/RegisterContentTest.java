// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.Rule;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.register.Register;

/** What the register says: every Art. 30 item, derived recipients and transfers, review status. */
class RegisterContentTest {

    private static List<Object> row(Register.Section section, int index) {
        return section.rows().get(index);
    }

    private static Object cell(Register.Section section, int row, String column) {
        for (int i = 0; i < section.columns().size(); i++) {
            if (section.columns().get(i).id().equals(column)) {
                return row(section, row).get(i);
            }
        }
        throw new IllegalArgumentException(column);
    }

    @Test
    void everyArticle30ItemHasAColumn() throws Exception {
        Register register = Fixtures.register("midsize-company", Locale.ENGLISH);
        List<String> columns = register.section("register").columns().stream().map(Register.Column::id).toList();
        assertEquals(List.of("activity", "controller", "joint_controllers", "representative", "dpo", "purposes",
                "legal_basis", "article9", "data_subjects", "personal_data", "recipients", "transfers", "erasure",
                "security", "informed", "dpia"), columns);
        assertEquals(List.of("register", "processors", "transfers", "findings", "systems", "data_categories"),
                register.sections().stream().map(Register.Section::id).toList());
    }

    @Test
    void recipientsAndTransfersAreDerivedFromTheFlows() throws Exception {
        Register register = Fixtures.register("midsize-company", Locale.ENGLISH);
        Register.Section main = register.section("register");
        assertEquals("Payroll and sick-leave administration", cell(main, 1, "activity"));
        assertTrue(cell(main, 1, "recipients").toString().contains("Payroll service \u2013 Palkkapalvelu Esimerkki Oy (Finland (FI))"),
                cell(main, 1, "recipients").toString());
        assertEquals(List.of("India (IN): Payroll support desk, none"), cell(main, 1, "transfers"));
        assertEquals(List.of(
                "United States (US): Customer relationship management (CRM), standard contractual clauses, module 2 (controller to processor)"),
                cell(main, 0, "transfers"));
        assertTrue(cell(main, 0, "dpo").toString().contains("tietosuoja@kiinteisto.example"));
    }

    @Test
    void transfersCoveredByTheProvidersDpaSayWhereTheirToolComesFrom() throws Exception {
        Register.Section main = Fixtures.register("saas-dpa-scc", Locale.ENGLISH).section("register");
        assertTrue(cell(main, 0, "transfers").toString().contains(
                "United States (US): Helpdesk, standard contractual clauses, module 2 (controller to processor), in the contract of Helpdesk"),
                cell(main, 0, "transfers").toString());
        Register.Section fi = Fixtures.register("saas-dpa-scc", Fixtures.FI).section("register");
        assertTrue(cell(fi, 0, "transfers").toString().contains("sopimuksessa"), cell(fi, 0, "transfers").toString());
    }

    @Test
    void theControllersProcessorsAreListedOnceEachNotAsArticle30Paragraph2() throws Exception {
        Register register = Fixtures.register("midsize-company", Locale.ENGLISH);
        Register.Section processors = register.section("processors");
        assertEquals("Processors and sub-processors", processors.title());
        assertTrue(processors.rows().stream().anyMatch(r -> r.get(0).toString().startsWith("Offshore Payroll Support Pvt Ltd (India (IN))")
                && r.get(1).equals(List.of("sub-processor"))
                && r.get(2).toString().contains("Payroll and sick-leave administration")), processors.rows()::toString);
        assertEquals(processors.rows().size(), processors.rows().stream().map(r -> r.get(0)).distinct().count(), "one row a processor");
        assertTrue(register.sections().stream().noneMatch(s -> s.id().equals("as_processor")),
                "a controller that processes for no one has no Art. 30(2) section");
        assertTrue(cell(register.section("register"), 1, "recipients").toString().contains("Offshore Payroll Support Pvt Ltd"),
                "processors are recipients (Art. 30(1)(d))");
    }

    @Test
    void anOrganisationThatIsAlsoAProcessorKeepsAnArticle30Paragraph2Record() throws Exception {
        Register register = Fixtures.register("payroll-bureau", Locale.ENGLISH);
        assertEquals(List.of("register", "as_processor", "processors", "transfers", "findings", "systems", "data_categories"),
                register.sections().stream().map(Register.Section::id).toList());
        Register.Section own = register.section("register");
        assertEquals(1, own.rows().size());
        assertEquals("Own payroll and HR", cell(own, 0, "activity"));
        Register.Section asProcessor = register.section("as_processor");
        assertEquals("Processing carried out as a processor (Art. 30(2))", asProcessor.title());
        assertEquals(List.of("processor", "controllers", "representatives", "dpo", "processing", "sub_processors", "transfers",
                "security"), asProcessor.columns().stream().map(Register.Column::id).toList());
        assertTrue(cell(asProcessor, 0, "processor").toString().startsWith("Palkkapalvelu Esimerkki Oy"));
        assertEquals(2, ((List<?>) cell(asProcessor, 0, "controllers")).size());
        assertTrue(cell(asProcessor, 0, "controllers").toString().contains("Rakennus Asiakas Oy (Finland (FI)); HR, hr@rakennus.example"));
        assertTrue(cell(asProcessor, 0, "processing").toString().contains("Payroll processing for client companies"));
        assertTrue(cell(asProcessor, 0, "sub_processors").toString().contains("Example Payslip Print Ltd (United Kingdom (GB))"));
        assertTrue(cell(asProcessor, 0, "transfers").toString().contains("United Kingdom (GB): Payslip printing, adequacy decision"),
                cell(asProcessor, 0, "transfers").toString());
        assertEquals("tietosuoja@palkka.example", cell(asProcessor, 0, "dpo").toString().replaceAll(".*, ", ""));
        Register fi = Fixtures.register("payroll-bureau", Fixtures.FI);
        assertEquals("Käsittelijänä suoritettava käsittely (30 artiklan 2 kohta)", fi.section("as_processor").title());
        assertEquals("Kunkin rekisterinpitäjän lukuun suoritettavan käsittelyn ryhmät",
                fi.section("as_processor").columns().get(4).title());
        assertEquals("Käsittelijät ja alikäsittelijät", fi.section("processors").title());
    }

    @Test
    void aModelWithoutActivitiesStillHasItsRecord() throws Exception {
        DataFlowModel empty = PrivflowFactory.eINSTANCE.createDataFlowModel();
        empty.setName("New model");
        Register register = Fixtures.register(empty, Fixtures.FI);
        assertEquals(List.of("register", "transfers", "findings", "systems", "data_categories"),
                register.sections().stream().map(Register.Section::id).toList());
        assertEquals(0, register.activities());
    }

    @Test
    void modelTextInAnotherLanguageIsMarkedWithIt() throws Exception {
        Object fi = cell(Fixtures.register("payroll-bureau", Fixtures.FI).section("register"), 0, "activity");
        assertEquals(new Register.Phrase("Own payroll and HR", "en"), fi);
        assertEquals("Own payroll and HR", cell(Fixtures.register("payroll-bureau", Locale.ENGLISH).section("register"), 0, "activity"));
    }

    @Test
    void transferRowShowsTheReviewStatusAndGoesStaleWhenFactsChange() throws Exception {
        DataFlowModel model = Fixtures.example("cleaning-company");
        Register.Section transfers = Fixtures.register(model, Locale.ENGLISH).section("transfers");
        assertEquals("open", cell(transfers, 0, "review"));
        assertEquals("United States (US)", cell(transfers, 0, "country"));

        var result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        Finding transfer = result.findings().stream().filter(f -> f.rule() == Rule.TRANSFER_WITHOUT_TOOL).findFirst().orElseThrow();
        ReviewDecision decision = PrivflowFactory.eINSTANCE.createReviewDecision();
        decision.setFindingKey(transfer.key());
        decision.setFingerprint(transfer.fingerprint());
        decision.setStatus(ReviewStatus.ACCEPTED);
        decision.setReviewer("A. Lawyer");
        decision.setDate(LocalDate.of(2021, 11, 1));
        decision.setRationale("Temporary, until the business chat is in use");
        model.getReviews().add(decision);
        transfers = Fixtures.register(model, Locale.ENGLISH).section("transfers");
        assertEquals("accepted risk", cell(transfers, 0, "review"));
        Register.Section findings = Fixtures.register(model, Locale.ENGLISH).section("findings");
        assertEquals("A. Lawyer", cell(findings, 0, "reviewer"));

        model.getFlows().get(1).getDataCategories().add(model.getDataCategories().get(0));
        model.getFlows().get(1).getDataCategories().remove(0);
        transfers = Fixtures.register(model, Locale.ENGLISH).section("transfers");
        assertEquals("stale (facts changed since the decision)", cell(transfers, 0, "review"));
    }

    @Test
    void finnishRegisterUsesTheOmbudsmansTerms() throws Exception {
        Register register = Fixtures.register("cleaning-company", Fixtures.FI);
        assertEquals("Seloste käsittelytoimista", register.title());
        List<String> titles = register.section("register").columns().stream().map(Register.Column::title).toList();
        assertTrue(titles.containsAll(List.of("Rekisterinpitäjä ja yhteystiedot", "Tietosuojavastaava", "Käsittelyn tarkoitukset",
                "Rekisteröityjen ryhmät", "Henkilötietoryhmät", "Vastaanottajien ryhmät",
                "Siirrot kolmansiin maihin tai kansainvälisille järjestöille", "Poistamiselle suunnitellut määräajat",
                "Tekniset ja organisatoriset turvatoimet")), titles::toString);
        assertEquals("Yhdysvallat (US)", cell(register.section("transfers"), 0, "country"));
        assertEquals("avoin", cell(register.section("transfers"), 0, "review"));
    }

    @Test
    void aRecipientReachingACountryInTwoWaysIsOneTransferRowWithBothWays() throws Exception {
        Register.Section transfers = Fixtures.register("midsize-company", Locale.ENGLISH).section("transfers");
        List<List<Object>> destinations = new java.util.ArrayList<>();
        for (int i = 0; i < transfers.rows().size(); i++) {
            destinations.add(List.of(cell(transfers, i, "flow"), cell(transfers, i, "recipient"), cell(transfers, i, "country")));
        }
        assertEquals(destinations.size(), new java.util.HashSet<>(destinations).size(), () -> "each destination once: " + destinations);
        int crm = destinations.indexOf(List.of("Customer records to CRM", "Customer relationship management (CRM)", "United States (US)"));
        assertTrue(crm >= 0, destinations::toString);
        assertEquals(List.of("the data is stored or processed there", "the recipient is established there"), cell(transfers, crm, "how"));
        assertEquals("open", cell(transfers, crm, "review"), "the finding about one way is the row's");
        assertEquals(List.of("Transfer impact assessment missing or out of date (low)"), cell(transfers, crm, "findings"),
                "findings are named by title and severity");
        assertTrue(((List<?>) cell(transfers, crm, "finding_keys")).get(0).toString().startsWith("tia-missing-or-old:"));
    }

    @Test
    void findingsNameTheElementTheyConcern() throws Exception {
        Register.Section findings = Fixtures.register("cleaning-company", Locale.ENGLISH).section("findings");
        for (int i = 0; i < findings.rows().size(); i++) {
            String concerns = cell(findings, i, "concerns").toString();
            assertTrue(!concerns.isBlank() && !concerns.matches(".*[0-9a-f]{8}-[0-9a-f]{4}.*"), concerns);
        }
        assertTrue(findings.columns().stream().filter(Register.Column::reference).map(Register.Column::id).toList().equals(List.of("key")),
                "the key is a reference for tools");
    }
}
