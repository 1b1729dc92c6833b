// SPDX-License-Identifier: EPL-2.0
package privflow.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code privflow tia} as the legal team gets it: a worksheet for the mid-size example's US CRM
 * transfer (by its finding's key prefix) and for the cleaning company's WhatsApp transfer (which
 * has no transfer tool), in English and Finnish; Word (POI) finds the six steps as headings and the
 * facts filled in, LibreOffice converts each to PDF whose text has them too.
 */
class TiaWorksheetTest {

    @TempDir
    Path dir;

    @Test
    void worksheetsReadInWordAndPrintInLibreOffice() throws Exception {
        Path examples = Path.of(System.getProperty("privflow.examples"));
        Path crm = write(examples.resolve("midsize-company.privflow"), "tia-missing-or-old", "en", "crm-en.docx");
        Path crmFi = write(examples.resolve("midsize-company.privflow"), "tia-missing-or-old", "fi", "crm-fi.docx");
        Path whatsapp = write(examples.resolve("cleaning-company.privflow"), "transfer-without-tool", "fi", "whatsapp-fi.docx");

        assertSteps(crm, "Step ", "Example CRM Inc.", "standard contractual clauses, module 2");
        assertSteps(crmFi, "Vaihe ", "Example CRM Inc.", "Yhdysvalloissa");
        assertSteps(whatsapp, "Vaihe ", "Meta Platforms", "Siirtoperustetta ei ole kirjattu");

        Distribution.run(dir, List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString(), crm.toString(), crmFi.toString(),
                whatsapp.toString()));
        String text = Distribution.run(dir, List.of("pdftotext", "-enc", "UTF-8", dir.resolve("pdf/crm-en.pdf").toString(), "-"))
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("Step 3: Assess the law and practice of the third country"), text);
        assertTrue(text.contains("Example CRM Inc."), text);
        String finnish = Distribution.run(dir, List.of("pdftotext", "-enc", "UTF-8", dir.resolve("pdf/whatsapp-fi.pdf").toString(), "-"))
                .replaceAll("\\s+", " ");
        assertTrue(finnish.contains("Vaihe 6: Arvioi uudelleen sopivin väliajoin"), finnish);
    }

    private Path write(Path model, String key, String language, String name) throws Exception {
        Path out = dir.resolve(name);
        String said = Distribution.run(dir, List.of(Distribution.privflow().toString(), "tia", model.toString(), key, "--lang",
                language, "--date", Distribution.DATE, "--out", out.toString()));
        assertTrue(said.contains("TIA-" + Distribution.DATE + "-"), said);
        return out;
    }

    private static void assertSteps(Path docx, String step, String... facts) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(6, headings.size(), headings.toString());
            for (int i = 0; i < 6; i++) {
                assertTrue(headings.get(i).startsWith(step + (i + 1) + ":"), headings.toString());
            }
            StringBuilder all = new StringBuilder();
            doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> all.append(t.getText()).append('\n'));
            for (String fact : facts) {
                assertTrue(all.toString().contains(fact), () -> fact + " is not in " + docx.getFileName());
            }
        }
    }
}
