// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.model.DataFlowModel;
import privflow.register.TransferImpactAssessment;
import privflow.register.TransferImpactAssessment.Item;
import privflow.register.TransferImpactAssessment.Step;

/**
 * The transfer impact assessment worksheet of the mid-size example's US CRM transfer (SCCs, an
 * assessment of 2022 now out of date): the six steps of EDPB Recommendations 01/2020 with what
 * the model and the catalogue know filled in, in English and Finnish, and the same bytes each time.
 */
class TransferImpactAssessmentTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    @Test
    void theSixStepsAreFilledFromTheModelAndTheCatalogue() throws Exception {
        TransferImpactAssessment tia = crm(Locale.ENGLISH);
        List<Step> steps = tia.steps();
        assertEquals(6, steps.size());
        assertEquals(List.of("Step 1: Know your transfer", "Step 2: Identify the transfer tool relied upon",
                "Step 3: Assess the law and practice of the third country", "Step 4: Identify and adopt supplementary measures",
                "Step 5: Procedural steps", "Step 6: Re-evaluate at appropriate intervals"), steps.stream().map(Step::title).toList());
        assertEquals("Example CRM Inc. (United States (US))", value(steps.get(0), "Importer"));
        assertEquals("United States (US)", value(steps.get(0), "Country"));
        assertTrue(value(steps.get(0), "Categories of personal data").contains("Customer contact details"));
        assertTrue(value(steps.get(1), "Transfer tool").startsWith("standard contractual clauses, module 2"),
                value(steps.get(1), "Transfer tool"));
        assertEquals("TIA-2022-04, 2022-04-20", value(steps.get(1), "Previous assessment"), "the out-of-date assessment it replaces");
        assertTrue(value(steps.get(2), "Adequacy decisions for the country").contains("2023/1795"),
                "the catalogue's dated adequacy decision for the US");
        assertTrue(value(steps.get(2), "Importer's certification under the EU-US Data Privacy Framework").startsWith("not certified"));
        assertTrue(steps.get(2).questions().size() >= 5, "the European Essential Guarantees are asked, not answered");
        assertTrue(value(steps.get(3), "Encrypted in transit").matches("yes|no"));
        assertTrue(value(steps.get(3), "Findings about this transfer and their remedies").contains("Transfer impact assessment"));
        assertEquals(DATE.plusMonths(AnalysisOptions.DEFAULT.tiaMaxAgeMonths()), tia.reEvaluateBy());
        assertTrue(tia.reference().startsWith("TIA-2026-12-07-"), tia.reference());
    }

    @Test
    void theReferenceNamesTheTransferAndStaysTheSame() throws Exception {
        DataFlowModel model = Fixtures.example("midsize-company");
        AnalysisResult result = analyse(model);
        List<String> references = result.transfers().stream().map(Transfer::destination).distinct()
                .map(d -> result.transfers().stream().filter(t -> t.destination().equals(d)).findFirst().orElseThrow())
                .map(t -> TransferImpactAssessment.of(model, result, t, Locale.ENGLISH, DATE, 24).reference()).toList();
        assertEquals(references.size(), references.stream().distinct().count(), "each transfer its own reference: " + references);
        assertEquals(crm(Locale.ENGLISH).reference(), crm(Locale.ENGLISH).reference());
        assertNotEquals(crm(Locale.ENGLISH).reference(),
                TransferImpactAssessment.of(model, result, crmTransfer(result), Locale.ENGLISH, DATE.plusDays(1), 24).reference());
    }

    @Test
    void finnishWorksheetSpeaksTheRegulationsFinnish() throws Exception {
        TransferImpactAssessment tia = crm(Fixtures.FI);
        assertEquals("Siirtovaikutusten arviointi", tia.title());
        assertTrue(tia.subtitle().contains("Yhdysvalloissa"), tia.subtitle());
        assertEquals("Vaihe 3: Arvioi kolmannen maan lainsäädäntö ja käytäntö", tia.steps().get(2).title());
        assertTrue(value(tia.steps().get(5), "Uudelleenarviointi").startsWith("viimeistään 7.12.2028"),
                value(tia.steps().get(5), "Uudelleenarviointi"));
    }

    @Test
    void theWorksheetIsAWordDocumentWithTheSameBytesEachTime() throws Exception {
        Path first = dir.resolve("tia.docx");
        Path second = dir.resolve("again.docx");
        crm(Locale.ENGLISH).write(first);
        crm(Locale.ENGLISH).write(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(6, body.split("w:val=\"Heading1\"", -1).length - 1, "a Heading 1 per step");
            assertTrue(body.contains("Example CRM Inc."));
        }
    }

    private static TransferImpactAssessment crm(Locale locale) throws Exception {
        DataFlowModel model = Fixtures.example("midsize-company");
        AnalysisResult result = analyse(model);
        return TransferImpactAssessment.of(model, result, crmTransfer(result), locale, DATE, AnalysisOptions.DEFAULT.tiaMaxAgeMonths());
    }

    private static Transfer crmTransfer(AnalysisResult result) {
        Finding tia = result.findings().stream().filter(f -> f.rule() == Rule.TIA_MISSING_OR_OLD).findFirst().orElseThrow();
        return tia.transfer().orElseThrow();
    }

    private static AnalysisResult analyse(DataFlowModel model) throws Exception {
        return Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT.withAsOf(LocalDate.of(2026, 11, 24)));
    }

    private static String value(Step step, String label) {
        Item item = step.items().stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " is not in " + step.title()));
        return String.join("\n", item.values().stream().map(Object::toString).toList());
    }
}
