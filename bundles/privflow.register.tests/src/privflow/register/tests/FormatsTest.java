// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import privflow.register.Register;
import privflow.register.RegisterFormat;

/** Each format read back with a reader of its own, inside OSGi; same register, same bytes. */
class FormatsTest {

    @TempDir
    Path dir;

    private static byte[] bytesOf(Path out) throws Exception {
        if (Files.isDirectory(out)) {
            List<Byte> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(out)) {
                for (Path f : files.sorted().toList()) {
                    for (byte b : (f.getFileName() + "\n").getBytes(StandardCharsets.UTF_8)) {
                        all.add(b);
                    }
                    for (byte b : Files.readAllBytes(f)) {
                        all.add(b);
                    }
                }
            }
            byte[] result = new byte[all.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = all.get(i);
            }
            return result;
        }
        return Files.readAllBytes(out);
    }

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void sameModelAndDateGiveTheSameBytes(RegisterFormat format) throws Exception {
        for (String example : List.of("cleaning-company", "midsize-company")) {
            for (Locale locale : Register.LANGUAGES) {
                Path first = dir.resolve(example + "-" + locale + "-1." + format.extension());
                Path second = dir.resolve(example + "-" + locale + "-2." + format.extension());
                format.write(Fixtures.register(example, locale), first);
                format.write(Fixtures.register(example, locale), second);
                assertArrayEquals(bytesOf(first), bytesOf(second), format + " " + example + " " + locale);
            }
        }
    }

    @Test
    void xlsxHasASheetPerSectionWithTheTransfer() throws Exception {
        Path file = dir.resolve("register.xlsx");
        RegisterFormat.XLSX.write(Fixtures.register("cleaning-company", Locale.ENGLISH), file);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Register", "Transfers", "Findings", "Systems", "Data categories"), names);
            List<Row> rows = workbook.getSheets().filter(s -> s.getName().equals("Transfers")).findFirst().orElseThrow().read();
            assertEquals("Data flow", rows.get(0).getCellText(0));
            assertEquals("Daily visit list to cleaners", rows.get(1).getCellText(0));
            assertEquals("United States (US)", rows.get(1).getCellText(5));
            assertEquals("open", rows.get(1).getCellText(9));
        }
        String sheetXml = zipEntry(file, "xl/worksheets/sheet2.xml");
        assertTrue(sheetXml.contains("<pane ") && sheetXml.contains("state=\"frozen\""), "frozen header row");
        assertTrue(sheetXml.contains("<autoFilter "), "autofilter");
        assertTrue(sheetXml.contains("orientation=\"landscape\""), "landscape");
        assertTrue(zipEntry(file, "xl/workbook.xml").contains("_xlnm.Print_Titles"), "header row repeated when printed");
    }

    private static String zipEntry(Path file, String name) throws Exception {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void csvIsRfc4180WithAFilePerSection() throws Exception {
        Path folder = dir.resolve("csv");
        RegisterFormat.CSV.write(Fixtures.register("midsize-company", Fixtures.FI), folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("data_categories.csv", "findings.csv", "processors.csv", "register.csv", "systems.csv", "transfers.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String text = Files.readString(folder.resolve("register.csv"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        try (Reader reader = Files.newBufferedReader(folder.resolve("register.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(reader).getRecords();
            assertEquals("Käsittelytoimi", records.get(0).get(0));
            assertEquals(4, records.size());
            assertEquals("Payroll and sick-leave administration", records.get(2).get(0));
        }
    }

    @Test
    void htmlTextColoursMeetWcagAaOnEveryBackground() throws Exception {
        Path file = dir.resolve("register.html");
        RegisterFormat.HTML.write(Fixtures.register("midsize-company", Fixtures.FI), file);
        String style = Files.readString(file).replaceAll("(?s).*<style>(.*?)</style>.*", "$1");
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-f]{6})").matcher(style);
        java.util.regex.Matcher back = java.util.regex.Pattern.compile("background:\\s*(#[0-9a-f]{6})").matcher(style);
        List<String> backgrounds = new java.util.ArrayList<>(List.of("#ffffff"));
        while (back.find()) {
            backgrounds.add(back.group(1));
        }
        int checked = 0;
        while (text.find()) {
            for (String background : backgrounds) {
                double ratio = privflow.testing.Contrast.ratio(text.group(1), background);
                assertTrue(ratio >= 4.5, text.group(1) + " on " + background + ": " + ratio);
                checked++;
            }
        }
        assertTrue(checked >= 10, "the style has text colours and backgrounds: " + style);
        assertTrue(style.contains("font-size: 8pt"), "print body text of at least 8 pt");
    }

    @Test
    void htmlIsWellFormedWithATableOfContents() throws Exception {
        Path file = dir.resolve("register.html");
        RegisterFormat.HTML.write(Fixtures.register("cleaning-company", Fixtures.FI), file);
        Document html = parse(file);
        assertEquals("Seloste käsittelytoimista", html.getElementsByTagName("h1").item(0).getTextContent());
        NodeList links = html.getElementsByTagName("a");
        assertEquals(6, links.getLength(), "a contents entry for the diagram and per section, none for sections left out");
        assertEquals("#diagram", links.item(0).getAttributes().getNamedItem("href").getTextContent());
        assertEquals("#transfers", links.item(2).getAttributes().getNamedItem("href").getTextContent());
        assertEquals(6, html.getElementsByTagName("section").getLength(), "the diagram and a section per part of the register");
        assertEquals(1, html.getElementsByTagName("main").getLength(), "one main landmark");
        NodeList headers = html.getElementsByTagName("th");
        for (int i = 0; i < headers.getLength(); i++) {
            assertTrue(headers.item(i).getAttributes().getNamedItem("scope") != null, "every th has a scope");
        }
        assertEquals(html.getElementsByTagName("table").getLength(), html.getElementsByTagName("caption").getLength(),
                "a caption per table");
        assertEquals(1, html.getElementsByTagName("h3").getLength(), "a heading per activity card");
        assertEquals("en", ((org.w3c.dom.Element) html.getElementsByTagName("h3").item(0).getFirstChild()).getAttribute("lang"),
                "the model's English names are marked as English in a Finnish register");
        org.w3c.dom.Element svg = (org.w3c.dom.Element) html.getElementsByTagName("svg").item(0);
        assertEquals("img", svg.getAttribute("role"));
        assertTrue(svg.getElementsByTagName("desc").item(0).getTextContent().contains("siirto kolmanteen maahan"),
                svg.getElementsByTagName("desc").item(0).getTextContent());
        assertEquals(1, html.getElementsByTagName("svg").getLength());
        assertTrue(html.getElementsByTagName("svg").item(0).getTextContent().contains("Euroopan talousalue"));
        assertTrue(Files.readString(file).contains("@media print"));
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void pdfRendersFinnishTextWithEmbeddedFonts() throws Exception {
        Path file = dir.resolve("register.pdf");
        RegisterFormat.PDF.write(Fixtures.register("cleaning-company", Fixtures.FI), file);
        Fixtures.assertTrailerSizeFits(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Seloste käsittelytoimista"), text);
            assertTrue(text.contains("Yhdysvallat (US)"), text);
            assertTrue(text.contains("Rekisteröityjen ryhmät"), text);
            assertFalse(text.contains("Euroopan talousalue"), "the PDF leaves the SVG diagram out rather than print its texts");
            assertTrue(pdf.getNumberOfPages() >= 2);
            for (var fontName : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(fontName);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
            assertEquals(2021, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR),
                    "the register's date, not the wall clock");
        }
    }

    @Test
    void jsonHasTheVersionedSchema() throws Exception {
        Path file = dir.resolve("register.json");
        RegisterFormat.JSON.write(Fixtures.register("cleaning-company", Locale.ENGLISH), file);
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("privflow-register/2", json.get("schema").getAsString());
        assertEquals("en", json.get("language").getAsString());
        assertEquals("2021-10-29", json.get("date").getAsString());
        JsonObject transfers = json.getAsJsonArray("sections").get(1).getAsJsonObject();
        assertEquals("transfers", transfers.get("id").getAsString());
        JsonObject row = transfers.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals("US", row.get("country").getAsString().replaceAll(".*\\((..)\\)$", "$1"));
        assertTrue(row.get("finding_keys").isJsonArray());
        assertFalse(row.get("personal_data").getAsJsonArray().isEmpty());
    }

    @Test
    void pdfSectionsFollowEachOtherAndReadersSeeTitlesNotKeys() throws Exception {
        Path file = dir.resolve("register.pdf");
        Register register = Fixtures.register("midsize-company", Locale.ENGLISH);
        RegisterFormat.PDF.write(register, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            java.util.Set<Integer> startPages = new java.util.TreeSet<>();
            PDFTextStripper page = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                page.setStartPage(p);
                page.setEndPage(p);
                String text = page.getText(pdf);
                for (Register.Section section : register.sections()) {
                    if (text.contains(section.title() + "\n") || text.contains(section.title() + "\r")) {
                        startPages.add(p);
                    }
                }
            }
            assertTrue(startPages.size() < register.sections().size(), () -> "sections start on pages " + startPages + " of "
                    + pdf.getNumberOfPages() + ": they follow each other rather than each start a page");
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertFalse(text.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}.*"), "no finding keys or ids for a reader");
            assertTrue(text.contains("Transfer impact assessment missing or out of date (low)"), "the transfer names its finding by title");
        }
    }
}
