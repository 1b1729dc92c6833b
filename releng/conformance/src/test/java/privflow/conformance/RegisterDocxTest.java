// SPDX-License-Identifier: EPL-2.0
package privflow.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The register as a Word document, read back as Word and LibreOffice read it: Apache POI finds the
 * sections as Heading 1, each activity as Heading 2, the table of contents field, the header rows
 * marked to repeat, the document's language and fixed properties; LibreOffice converts it to PDF
 * without an error, and that PDF's text names every activity. The register's JSON of the same model
 * and date is what it is compared with.
 */
class RegisterDocxTest {

    @TempDir
    static Path dir;

    private record Written(Path docx, Path json, String language) {
    }

    private static final List<Written> written = new ArrayList<>();

    @BeforeAll
    static void writeAndConvert() throws Exception {
        List<Path> models = new ArrayList<>(Distribution.examples());
        Path large = dir.resolve("generated-300-flows.privflow");
        Distribution.generate(large, 40, 300, 60);
        models.add(large);
        List<String> convert = new ArrayList<>(List.of("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                dir.resolve("libreoffice").toString()));
        for (Path model : models) {
            for (String language : List.of("en", "fi")) {
                String stem = Distribution.stem(model) + "-" + language;
                Written w = new Written(dir.resolve(stem + ".docx"), dir.resolve(stem + ".json"), language);
                Distribution.register(model, language, w.docx());
                Distribution.register(model, language, w.json());
                written.add(w);
                convert.add(w.docx().toString());
            }
        }
        Path profile = dir.resolve("libreoffice-profile");
        convert.add(1, "-env:UserInstallation=" + profile.toUri());
        String log = Distribution.run(dir, convert);
        assertTrue(!log.contains("Error"), log);
    }

    @TestFactory
    Stream<DynamicTest> wordReadsTheRegister() {
        return written.stream().map(w -> DynamicTest.dynamicTest(w.docx().getFileName().toString(), () -> assertReads(w)));
    }

    @TestFactory
    Stream<DynamicTest> libreOfficePrintsEveryActivity() {
        return written.stream().map(w -> DynamicTest.dynamicTest(w.docx().getFileName().toString(), () -> {
            Path pdf = dir.resolve("libreoffice").resolve(w.docx().getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(Files.size(pdf) > 1000, pdf + " was written");
            String text = Distribution.run(dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                    .replaceAll("\\s+", " ");
            for (String activity : activities(json(w))) {
                assertTrue(text.contains(activity.replaceAll("\\s+", " ")), () -> activity + " is missing from " + pdf);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theSameModelAndDateGiveTheSameBytes() {
        return written.stream().limit(2).map(w -> DynamicTest.dynamicTest(w.docx().getFileName().toString(), () -> {
            Path again = dir.resolve("again-" + w.docx().getFileName());
            Path model = Path.of(System.getProperty("privflow.examples"))
                    .resolve(w.docx().getFileName().toString().replaceFirst("-(en|fi)\\.docx$", ".privflow"));
            Distribution.register(model, w.language(), again);
            assertArrayEquals(Files.readAllBytes(w.docx()), Files.readAllBytes(again));
        }));
    }

    private static void assertReads(Written w) throws Exception {
        JsonObject register = json(w);
        try (InputStream in = Files.newInputStream(w.docx()); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings1 = new ArrayList<>();
            List<String> headings2 = new ArrayList<>();
            boolean contentsField = false;
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings1.add(p.getText());
                } else if ("Heading2".equals(p.getStyle())) {
                    headings2.add(p.getText());
                }
                contentsField |= p.getCTP().xmlText().contains(" TOC \\o");
            }
            List<String> sections = new ArrayList<>();
            for (JsonElement s : register.getAsJsonArray("sections")) {
                sections.add(s.getAsJsonObject().get("title").getAsString());
            }
            assertEquals(sections, headings1, "a Heading 1 per section, in order");
            List<String> carded = new ArrayList<>();
            for (JsonElement s : register.getAsJsonArray("sections")) {
                if (cards(s.getAsJsonObject())) {
                    carded.addAll(names(s.getAsJsonObject()));
                }
            }
            assertEquals(carded, headings2, "a Heading 2 per activity shown as a card");
            assertTrue(contentsField, "a table of contents field");
            assertEquals("Heading1", doc.getStyles().getStyle("Heading1").getStyleId());
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName(), "Word's built-in heading style");
            int repeated = 0;
            for (XWPFTable table : doc.getTables()) {
                if (table.getRow(0).isRepeatHeader()) {
                    repeated++;
                    assertTrue(table.getRows().stream().skip(1).noneMatch(r -> r.isRepeatHeader()), "only the header row repeats");
                }
                assertTrue(table.getRows().stream().allMatch(r -> r.isCantSplitRow()), "rows do not break across pages");
            }
            long tables = register.getAsJsonArray("sections").asList().stream().filter(s -> !cards(s.getAsJsonObject())).count();
            assertEquals(tables, repeated, "each section shown as a table repeats its header row on every page");
            String language = w.language().equals("fi") ? "fi-FI" : "en-GB";
            assertTrue(new String(doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper
                    .createPartName("/word/styles.xml")).getInputStream().readAllBytes()).contains("w:lang w:val=\"" + language + "\""));
            var core = doc.getProperties().getCoreProperties();
            assertEquals(register.get("title").getAsString() + " \u2013 " + register.get("subtitle").getAsString(), core.getTitle());
            assertEquals(java.time.Instant.parse(Distribution.DATE + "T00:00:00Z"), core.getCreated().toInstant(),
                    "the register's date, not the wall clock");
        }
    }

    private static JsonObject json(Written w) throws Exception {
        return JsonParser.parseString(Files.readString(w.json())).getAsJsonObject();
    }

    /** @return the names of the activities recorded, own and as a processor */
    private static List<String> activities(JsonObject register) {
        List<String> names = new ArrayList<>();
        for (JsonElement s : register.getAsJsonArray("sections")) {
            if (s.getAsJsonObject().get("id").getAsString().matches("register|as_processor")) {
                names.addAll(names(s.getAsJsonObject()));
            }
        }
        return names;
    }

    /** @return the first column's value of each row */
    private static List<String> names(JsonObject section) {
        List<String> names = new ArrayList<>();
        String first = section.getAsJsonArray("columns").get(0).getAsJsonObject().get("id").getAsString();
        for (JsonElement row : section.getAsJsonArray("rows")) {
            JsonElement name = row.getAsJsonObject().get(first);
            names.add(name.isJsonArray()
                    ? String.join(", ", name.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList())
                    : name.getAsString());
        }
        return names;
    }

    /** Whether a section reads as one card per record: more columns for a reader (not finding keys) than a page is wide. */
    private static boolean cards(JsonObject section) {
        return section.getAsJsonArray("columns").asList().stream()
                .filter(c -> !c.getAsJsonObject().get("id").getAsString().matches("finding_keys|key")).count() > 11;
    }
}
