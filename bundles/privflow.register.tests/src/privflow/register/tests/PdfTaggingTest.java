// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.register.Register;
import privflow.register.RegisterFormat;

/**
 * What a screen reader and an archive rely on in the register PDF (veraPDF checks the standards in
 * releng/pdf-conformance; this checks what privflow means them to say): the language, the title,
 * headings in order, tables whose header cells say what they head, and the model's own English
 * text marked as English in a Finnish register.
 */
class PdfTaggingTest {

    @TempDir
    Path dir;

    @Test
    void aFinnishRegisterIsTaggedWithItsLanguageHeadingsAndTableHeaders() throws Exception {
        Register register = Fixtures.register("midsize-company", Fixtures.FI);
        Path file = dir.resolve("register.pdf");
        RegisterFormat.PDF.write(register, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals("fi", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the title, not the file name");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"));
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
            assertTrue(xmp.contains(register.title()), "dc:title is the register's title");
            assertEquals(1, catalog.getOutputIntents().size(), "an sRGB output intent");

            List<PDStructureElement> all = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), all);
            List<String> headings = all.stream().filter(e -> e.getStructureType().matches("H[1-6]"))
                    .map(PDStructureElement::getStructureType).toList();
            assertEquals("H1", headings.get(0));
            assertEquals(register.sections().size() + 1, headings.stream().filter("H2"::equals).count(),
                    "a heading for the contents and one per section");
            for (int i = 1; i < headings.size(); i++) {
                int level = headings.get(i).charAt(1) - '0';
                int before = headings.get(i - 1).charAt(1) - '0';
                assertTrue(level <= before + 1, "no heading level is skipped: " + headings);
            }
            int columnHeaders = 0;
            int rowHeaders = 0;
            for (PDStructureElement th : all.stream().filter(e -> e.getStructureType().equals("TH")).toList()) {
                COSDictionary attributes = (COSDictionary) th.getCOSObject().getDictionaryObject(COSName.A);
                String scope = attributes.getNameAsString("Scope");
                assertEquals("Table", attributes.getNameAsString(COSName.O));
                columnHeaders += "Column".equals(scope) ? 1 : 0;
                rowHeaders += "Row".equals(scope) ? 1 : 0;
            }
            assertTrue(columnHeaders >= 5, "the tables' header rows head their columns");
            assertTrue(rowHeaders >= 3 * register.section("register").columns().size(),
                    "each activity's card has a header cell per Art. 30 item");
            assertTrue(all.stream().filter(e -> e.getStructureType().equals("TR"))
                    .allMatch(tr -> tr.getParent() instanceof PDStructureElement table && table.getStructureType().equals("Table")));
            assertTrue(all.stream().anyMatch(e -> e.getStructureType().equals("Span") && "en".equals(e.getLanguage())),
                    "the model's English names are marked as English in the Finnish register");
        }
    }

    @Test
    void everyPageHasItsStructureAndTheOutlineNamesTheSections() throws Exception {
        Register register = Fixtures.register("cleaning-company", Locale.ENGLISH);
        Path file = dir.resolve("register.pdf");
        RegisterFormat.PDF.write(register, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (var page : pdf.getPages()) {
                assertTrue(page.getStructParents() >= 0, "each page's marked content has a parent tree entry");
            }
            List<String> outline = new ArrayList<>();
            for (var item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            List<String> expected = new ArrayList<>(List.of(register.contentsTitle()));
            register.sections().forEach(s -> expected.add(s.title()));
            assertEquals(expected, outline);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> all) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                all.add(element);
                collect(element, all);
            }
        }
    }
}
