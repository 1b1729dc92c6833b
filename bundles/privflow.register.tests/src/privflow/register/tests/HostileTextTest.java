// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import privflow.model.DataFlowModel;
import privflow.model.LegalBasis;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.register.Register;
import privflow.register.RegisterFormat;

/** Names and texts typed by users never become formulas or markup. */
class HostileTextTest {

    static final List<String> PAYLOADS = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "\tleading tab",
            "\rleading return", "<script>alert('x')</script>", "\"quoted\", with comma", "line one\nline two",
            "&amp; already escaped", "]]> <![CDATA[");

    @TempDir
    Path dir;

    private static Register register() throws Exception {
        DataFlowModel model = PrivflowFactory.eINSTANCE.createDataFlowModel();
        model.setName("Hostile names");
        model.setAsOf(java.time.LocalDate.of(2026, 11, 24));
        for (String payload : PAYLOADS) {
            ProcessingActivity a = PrivflowFactory.eINSTANCE.createProcessingActivity();
            a.setName(payload);
            a.getPurposes().add(payload);
            a.setLegalBasis(LegalBasis.CONSENT);
            model.getActivities().add(a);
        }
        return Fixtures.register(model, Locale.ENGLISH);
    }

    private static String expectedSpreadsheetText(String payload) {
        char first = payload.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + payload : payload;
    }

    @Test
    void csvNeutralisesFormulasAndKeepsText() throws Exception {
        Path folder = dir.resolve("csv");
        RegisterFormat.CSV.write(register(), folder);
        try (Reader reader = Files.newBufferedReader(folder.resolve("register.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(reader).getRecords();
            for (int i = 0; i < PAYLOADS.size(); i++) {
                assertEquals(expectedSpreadsheetText(PAYLOADS.get(i)), records.get(i + 1).get(0));
            }
        }
    }

    @Test
    void xlsxNeutralisesFormulasAndWritesNoFormulaCells() throws Exception {
        Path file = dir.resolve("register.xlsx");
        RegisterFormat.XLSX.write(register(), file);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            for (int i = 0; i < PAYLOADS.size(); i++) {
                assertEquals(expectedSpreadsheetText(PAYLOADS.get(i)).replace("\r", ""), rows.get(i + 1).getCellText(0).replace("\r", ""));
            }
        }
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(sheet.contains("<f>"), "no formula cells");
        }
    }

    @Test
    void htmlEscapesEverything() throws Exception {
        Path file = dir.resolve("register.html");
        RegisterFormat.HTML.write(register(), file);
        Document html = FormatsTest.parse(file);
        assertEquals(0, html.getElementsByTagName("script").getLength());
        String text = html.getElementsByTagName("section").item(0).getTextContent();
        assertTrue(text.contains("<script>alert('x')</script>"), "shown as text");
        assertTrue(text.contains("&amp; already escaped"));
    }
}
