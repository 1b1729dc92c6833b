// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal.docx;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import privflow.model.io.AtomicFile;

/**
 * A Word document (Office Open XML, WordprocessingML) written as it is made, so that a register of
 * thousands of activities streams to the file: A4 landscape, real heading styles (Word's navigation
 * pane and table of contents use them), a table of contents field, tables whose header row repeats
 * on every page and whose rows do not break across pages, a footer with page numbers, the
 * document's language, and the model's own text in another language marked with it. Every part
 * carries fixed times and properties, so the same content gives the same bytes.
 */
public final class WordDocument {

    /** A run of text; {@code language} is set for text in another language than the document's. */
    public record Run(String text, String language) {

        public Run(String text) {
            this(text, null);
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$
    private static final String HEADER_FILL = "E8EEF7"; //$NON-NLS-1$
    /** Width of the text on an A4 landscape page with 12.7 mm margins, in twentieths of a point. */
    public static final int TEXT_WIDTH = 16838 - 2 * 720;

    private final ZipOutputStream zip;
    private final Writer xml;
    private final java.time.LocalDateTime time;
    private int bookmark;

    /** What goes into the body of a document. */
    @FunctionalInterface
    public interface Body {
        void writeTo(WordDocument document) throws IOException;
    }

    /**
     * Writes a document into {@code file}, replacing it atomically: the parameters are those of the
     * constructor, {@code body} writes the content.
     */
    public static void write(Path file, String title, String language, LocalDate date, String footer, String pageOf, Body body)
            throws IOException {
        AtomicFile.write(file, target -> {
            OutputStream out = new BufferedOutputStream(target, 64 * 1024);
            WordDocument document = new WordDocument(out, title, language, date, footer, pageOf);
            body.writeTo(document);
            document.finish();
            out.flush();
        });
    }

    /**
     * Starts the document: writes every part but the body, then opens the body.
     *
     * @param out where the file goes
     * @param title the document's title (its properties)
     * @param language its language, e.g. {@code fi-FI}
     * @param date the date it was created and modified on, as the document states it
     * @param footer the footer's text before the page number
     * @param pageOf the page number's text, with {@code {0}} for the page and {@code {1}} for the
     *        number of pages
     */
    public WordDocument(OutputStream out, String title, String language, LocalDate date, String footer, String pageOf)
            throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.time = date.atStartOfDay();
        part("[Content_Types].xml", contentTypes()); //$NON-NLS-1$
        part("_rels/.rels", packageRelationships()); //$NON-NLS-1$
        part("docProps/core.xml", core(title, language, date)); //$NON-NLS-1$
        part("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>privflow</Application></Properties>"); //$NON-NLS-1$
        part("word/_rels/document.xml.rels", documentRelationships()); //$NON-NLS-1$
        part("word/styles.xml", Styles.xml(language)); //$NON-NLS-1$
        part("word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"" + W //$NON-NLS-1$ //$NON-NLS-2$
                + "\"><w:updateFields w:val=\"true\"/><w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\"" //$NON-NLS-1$
                + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"); //$NON-NLS-1$
        part("word/footer1.xml", footer(footer, pageOf)); //$NON-NLS-1$
        entry("word/document.xml"); //$NON-NLS-1$
        xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R //$NON-NLS-1$ //$NON-NLS-2$
                + "\"><w:body>\n"); //$NON-NLS-1$
    }

    /** A paragraph of {@code style} (Title, Subtitle, Heading1, Heading2, Note, or Normal for {@code null}). */
    public void paragraph(String style, Run... runs) throws IOException {
        xml.write("<w:p>"); //$NON-NLS-1$
        if (style != null) {
            xml.write("<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean heading = style != null && style.startsWith("Heading"); //$NON-NLS-1$
        if (heading) {
            xml.write("<w:bookmarkStart w:id=\"" + bookmark + "\" w:name=\"_Toc" + bookmark + "\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (Run run : runs) {
            run(run, false);
        }
        if (heading) {
            xml.write("<w:bookmarkEnd w:id=\"" + bookmark++ + "\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        xml.write("</w:p>\n"); //$NON-NLS-1$
    }

    /** A page break. */
    public void pageBreak() throws IOException {
        xml.write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"); //$NON-NLS-1$
    }

    /**
     * A table of contents field over the first heading level, shown with {@code entries} until Word
     * updates it with page numbers (it asks to when the document opens).
     */
    public void contents(List<String> entries) throws IOException {
        for (int i = 0; i < entries.size(); i++) {
            xml.write("<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>"); //$NON-NLS-1$
            if (i == 0) {
                xml.write("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" //$NON-NLS-1$
                        + " TOC \\o &quot;1-1&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"); //$NON-NLS-1$
            }
            run(new Run(entries.get(i)), false);
            if (i == entries.size() - 1) {
                xml.write("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"); //$NON-NLS-1$
            }
            xml.write("</w:p>\n"); //$NON-NLS-1$
        }
    }

    /**
     * Starts a table.
     *
     * @param widths each column's share of the width, in percent
     * @param header the header row's texts (repeated on every page), or {@code null} for none
     */
    public void startTable(int[] widths, List<String> header) throws IOException {
        xml.write("<w:tbl><w:tblPr><w:tblStyle w:val=\"RegisterTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>" //$NON-NLS-1$
                + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"" + (header == null ? "0400" : "0420") + "\" w:firstRow=\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (header == null ? 0 : 1)
                + "\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"); //$NON-NLS-1$
        this.widths = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            this.widths[c] = TEXT_WIDTH * widths[c] / 100;
            xml.write("<w:gridCol w:w=\"" + this.widths[c] + "\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        xml.write("</w:tblGrid>\n"); //$NON-NLS-1$
        if (header != null) {
            xml.write("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"); //$NON-NLS-1$
            for (int c = 0; c < header.size(); c++) {
                cell(c, List.of(List.of(new Run(header.get(c)))), true);
            }
            xml.write("</w:tr>\n"); //$NON-NLS-1$
        }
    }

    private int[] widths;

    /**
     * A table row.
     *
     * @param cells each cell's paragraphs, each paragraph its runs
     * @param headerColumn whether the first cell heads the row (shaded and bold)
     */
    public void row(List<List<List<Run>>> cells, boolean headerColumn) throws IOException {
        xml.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>"); //$NON-NLS-1$
        for (int c = 0; c < cells.size(); c++) {
            cell(c, cells.get(c), headerColumn && c == 0);
        }
        xml.write("</w:tr>\n"); //$NON-NLS-1$
    }

    /** Ends the current table; a paragraph follows, as Word requires between tables. */
    public void endTable() throws IOException {
        xml.write("</w:tbl>\n<w:p><w:pPr><w:pStyle w:val=\"AfterTable\"/></w:pPr></w:p>\n"); //$NON-NLS-1$
    }

    private void cell(int column, List<List<Run>> paragraphs, boolean header) throws IOException {
        xml.write("<w:tc><w:tcPr><w:tcW w:w=\"" + widths[column] + "\" w:type=\"dxa\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        if (header) {
            xml.write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + HEADER_FILL + "\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        xml.write("</w:tcPr>"); //$NON-NLS-1$
        if (paragraphs.isEmpty()) {
            xml.write("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>"); //$NON-NLS-1$
        }
        for (List<Run> runs : paragraphs) {
            xml.write("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>"); //$NON-NLS-1$
            for (Run run : runs) {
                run(run, header);
            }
            xml.write("</w:p>"); //$NON-NLS-1$
        }
        xml.write("</w:tc>"); //$NON-NLS-1$
    }

    private void run(Run run, boolean bold) throws IOException {
        xml.write("<w:r>"); //$NON-NLS-1$
        if (bold || run.language() != null) {
            xml.write("<w:rPr>"); //$NON-NLS-1$
            if (bold) {
                xml.write("<w:b/>"); //$NON-NLS-1$
            }
            if (run.language() != null) {
                xml.write("<w:lang w:val=\"" + escape(run.language()) + "\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            xml.write("</w:rPr>"); //$NON-NLS-1$
        }
        String[] lines = run.text().split("\r?\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.write("<w:br/>"); //$NON-NLS-1$
            }
            xml.write("<w:t xml:space=\"preserve\">"); //$NON-NLS-1$
            xml.write(escape(lines[i]));
            xml.write("</w:t>"); //$NON-NLS-1$
        }
        xml.write("</w:r>"); //$NON-NLS-1$
    }

    /** Ends the body with the page setup and closes the file. */
    public void finish() throws IOException {
        xml.write(
                "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" //$NON-NLS-1$
                        + "<w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\" w:header=\"360\" w:footer=\"360\" w:gutter=\"0\"/>" //$NON-NLS-1$
                        + "</w:sectPr></w:body></w:document>\n"); //$NON-NLS-1$
        xml.flush();
        zip.closeEntry();
        zip.finish();
    }

    private void entry(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time.getYear() < 1980 ? java.time.LocalDateTime.of(1980, 1, 1, 0, 0) : time);
        zip.putNextEntry(entry);
    }

    private void part(String name, String content) throws IOException {
        entry(name);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes() {
        String main = "application/vnd.openxmlformats-officedocument.wordprocessingml."; //$NON-NLS-1$
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" //$NON-NLS-1$
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" //$NON-NLS-1$
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" //$NON-NLS-1$
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "document.main+xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + main + "styles+xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + main + "settings+xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + main + "footer+xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" //$NON-NLS-1$
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" //$NON-NLS-1$
                + "</Types>"; //$NON-NLS-1$
    }

    private static String packageRelationships() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" //$NON-NLS-1$
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" //$NON-NLS-1$
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/extended-properties\" Target=\"docProps/app.xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "</Relationships>"; //$NON-NLS-1$
    }

    private static String documentRelationships() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" //$NON-NLS-1$
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Relationship Id=\"rId2\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
                + "</Relationships>"; //$NON-NLS-1$
    }

    private static String core(String title, String language, LocalDate date) {
        String when = date + "T00:00:00Z"; //$NON-NLS-1$
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"" //$NON-NLS-1$
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" //$NON-NLS-1$
                + "<dc:title>" + escape(title) + "</dc:title><dc:creator>privflow</dc:creator><dc:language>" + escape(language) //$NON-NLS-1$ //$NON-NLS-2$
                + "</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when //$NON-NLS-1$
                + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String footer(String text, String pageOf) {
        StringBuilder footer = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"") //$NON-NLS-1$
                .append(W).append("\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"); //$NON-NLS-1$
        footer.append(text(text + " \u00b7 ")); //$NON-NLS-1$
        String rest = pageOf;
        while (!rest.isEmpty()) {
            int page = rest.indexOf("{0}"); //$NON-NLS-1$
            int pages = rest.indexOf("{1}"); //$NON-NLS-1$
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                footer.append(text(rest));
                break;
            }
            if (next > 0) {
                footer.append(text(rest.substring(0, next)));
            }
            footer.append(field(next == page ? "PAGE" : "NUMPAGES")); //$NON-NLS-1$ //$NON-NLS-2$
            rest = rest.substring(next + 3);
        }
        return footer.append("</w:p></w:ftr>").toString(); //$NON-NLS-1$
    }

    private static String text(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String field(String name) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + name //$NON-NLS-1$
                + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>" //$NON-NLS-1$
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"; //$NON-NLS-1$
    }

    /** @return {@code text} with XML's special characters escaped and the characters XML 1.0 cannot hold left out */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;"; //$NON-NLS-1$
                case '<' -> "&lt;"; //$NON-NLS-1$
                case '>' -> "&gt;"; //$NON-NLS-1$
                case '"' -> "&quot;"; //$NON-NLS-1$
                default -> c < 0x20 && c != '\t' || c == 0xfffe || c == 0xffff ? "" : null; //$NON-NLS-1$
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
