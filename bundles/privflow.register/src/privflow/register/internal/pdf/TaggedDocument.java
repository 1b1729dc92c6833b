// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A tagged PDF document conforming to PDF/A-2u and PDF/UA-1, written page by page: every text is
 * marked content of a structure element (headings, paragraphs, lists, tables with header cells),
 * everything else (rules, backgrounds, page footers) is an artifact, the document carries its
 * language, its title (shown as the window title), XMP metadata that declares both conformances,
 * and an sRGB output intent. Pages, structure elements and their parent tree are written as soon as
 * they are complete, so memory does not grow with the length of the document.
 */
public final class TaggedDocument {

    /** A4 landscape, in points. */
    public static final float WIDTH = 841.89f;
    public static final float HEIGHT = 595.28f;

    /** A structure element, kept until it is closed. */
    private static final class Element {
        final int number;
        final int parent;
        final String type;
        final String attributes;
        final StringBuilder kids = new StringBuilder();
        int page;

        Element(int number, int parent, String type, String attributes) {
            this.number = number;
            this.parent = parent;
            this.type = type;
            this.attributes = attributes;
        }
    }

    private record Bookmark(String title, int page, float y) {
    }

    private final PdfFile pdf;
    private final String title;
    private final String language;
    private final LocalDate date;
    private final EmbeddedFont regular;
    private final EmbeddedFont bold;
    private final int pagesRoot;
    private final int structRoot;
    private final int resources;
    private final int total;
    private final int document;
    private final Deque<Element> open = new ArrayDeque<>();
    private final List<Integer> pages = new ArrayList<>();
    private final StringBuilder parentTree = new StringBuilder();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private StringBuilder content;
    private StringBuilder pageParents;
    private int page;
    private int mcid;
    private Element marked;

    /**
     * @param out where the file goes
     * @param title the document's title
     * @param language its language, e.g. {@code fi}
     * @param date the date it is created and modified on, as the document states it (never the wall clock)
     * @param regular the regular font program
     * @param bold the bold font program
     */
    public TaggedDocument(OutputStream out, String title, String language, LocalDate date, InputStream regular, InputStream bold)
            throws IOException {
        this.pdf = new PdfFile(out);
        this.title = title;
        this.language = language;
        this.date = date;
        this.pagesRoot = pdf.reserve();
        this.structRoot = pdf.reserve();
        this.resources = pdf.reserve();
        this.total = pdf.reserve();
        this.regular = new EmbeddedFont("DejaVuSans", "F1", regular, pdf.reserve()); //$NON-NLS-1$ //$NON-NLS-2$
        this.bold = new EmbeddedFont("DejaVuSans-Bold", "F2", bold, pdf.reserve()); //$NON-NLS-1$ //$NON-NLS-2$
        this.document = pdf.reserve();
        open.push(new Element(document, structRoot, "Document", "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public EmbeddedFont regular() {
        return regular;
    }

    public EmbeddedFont bold() {
        return bold;
    }

    /** Opens a structure element of {@code type} (H1, P, Table, TR, TH, TD, L, LI, Lbl, LBody, Span) inside the current one. */
    public void open(String type) {
        open(type, ""); //$NON-NLS-1$
    }

    /**
     * Opens a structure element with attributes.
     *
     * @param attributes dictionary entries, e.g. {@code /A << /O /Table /Scope /Column >>} or {@code /Lang (fi)}
     */
    public void open(String type, String attributes) {
        endMarked();
        Element parent = open.peek();
        Element element = new Element(pdf.reserve(), parent.number, type, attributes);
        parent.kids.append(element.number).append(" 0 R "); //$NON-NLS-1$
        open.push(element);
    }

    /** Closes the current structure element and writes it. */
    public void close() throws IOException {
        endMarked();
        write(open.pop());
    }

    private void write(Element e) throws IOException {
        pdf.object(e.number, "<< /S /" + e.type + " /P " + e.parent + " 0 R" + (e.page > 0 ? " /Pg " + e.page + " 0 R" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                + " /K [" + e.kids + "] " + e.attributes + ">>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Starts a new page; the footer names the document and the page. */
    public void newPage() throws IOException {
        endPage();
        page = pdf.reserve();
        pages.add(page);
        content = new StringBuilder(32 * 1024);
        pageParents = new StringBuilder();
        mcid = 0;
        String footer = title + " \u00b7 " + pages.size() + " / "; //$NON-NLS-1$ //$NON-NLS-2$
        content.append("/Artifact << /Type /Pagination /Subtype /Footer >> BDC\n"); //$NON-NLS-1$
        float x = 34f;
        float y = 18f;
        show(regular, 7f, "0.353 0.384 0.439", x, y, footer); //$NON-NLS-1$
        content.append("q 1 0 0 1 "); //$NON-NLS-1$
        number(x + regular.width(footer, 7f)).append(' ');
        number(y).append(" cm /Tot Do Q\nEMC\n"); //$NON-NLS-1$
    }

    /** Adds a bookmark to the document outline at {@code y} on the current page. */
    public void bookmark(String text, float y) {
        bookmarks.add(new Bookmark(text, page, y));
    }

    /** Shows {@code text} as part of the current structure element. */
    public void text(EmbeddedFont font, float size, String rgb, float x, float y, String text) throws IOException {
        beginMarked();
        show(font, size, rgb, x, y, text);
    }

    private void show(EmbeddedFont font, float size, String rgb, float x, float y, String text) {
        content.append("BT /").append(font.resource()).append(' '); //$NON-NLS-1$
        number(size).append(" Tf ").append(rgb).append(" rg "); //$NON-NLS-1$ //$NON-NLS-2$
        number(x).append(' ');
        number(y).append(" Td "); //$NON-NLS-1$
        font.encode(text, content);
        content.append(" Tj ET\n"); //$NON-NLS-1$
    }

    /** Fills a rectangle, as an artifact. */
    public void fill(String rgb, float x, float y, float w, float h) {
        endMarked();
        content.append("/Artifact BMC ").append(rgb).append(" rg "); //$NON-NLS-1$ //$NON-NLS-2$
        rect(x, y, w, h).append(" f EMC\n"); //$NON-NLS-1$
    }

    /** Strokes a rectangle's outline, as an artifact. */
    public void frame(String rgb, float width, float x, float y, float w, float h) {
        endMarked();
        content.append("/Artifact BMC ").append(rgb).append(" RG "); //$NON-NLS-1$ //$NON-NLS-2$
        number(width).append(" w "); //$NON-NLS-1$
        rect(x, y, w, h).append(" S EMC\n"); //$NON-NLS-1$
    }

    /** Draws a horizontal rule, as an artifact. */
    public void rule(String rgb, float width, float x, float y, float length) {
        endMarked();
        content.append("/Artifact BMC ").append(rgb).append(" RG "); //$NON-NLS-1$ //$NON-NLS-2$
        number(width).append(" w "); //$NON-NLS-1$
        number(x).append(' ');
        number(y).append(" m "); //$NON-NLS-1$
        number(x + length).append(' ');
        number(y).append(" l S EMC\n"); //$NON-NLS-1$
    }

    /** Shows {@code text} as an artifact: a repeated table header, which a reader has already heard. */
    public void artifactText(EmbeddedFont font, float size, String rgb, float x, float y, String text) {
        endMarked();
        content.append("/Artifact BMC\n"); //$NON-NLS-1$
        show(font, size, rgb, x, y, text);
        content.append("EMC\n"); //$NON-NLS-1$
    }

    private void beginMarked() {
        Element current = open.peek();
        if (marked == current) {
            return;
        }
        endMarked();
        content.append('/').append(current.type).append(" << /MCID ").append(mcid).append(" >> BDC\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (current.page == 0) {
            current.page = page;
        }
        if (current.page == page) {
            current.kids.append(mcid).append(' ');
        } else {
            current.kids.append("<< /Type /MCR /Pg ").append(page).append(" 0 R /MCID ").append(mcid).append(" >> "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        pageParents.append(current.number).append(" 0 R "); //$NON-NLS-1$
        mcid++;
        marked = current;
    }

    private void endMarked() {
        if (marked != null) {
            content.append("EMC\n"); //$NON-NLS-1$
            marked = null;
        }
    }

    private void endPage() throws IOException {
        if (content == null) {
            return;
        }
        endMarked();
        int stream = pdf.reserve();
        pdf.stream(stream, "", content.toString().getBytes(StandardCharsets.ISO_8859_1), true); //$NON-NLS-1$
        int parents = pdf.reserve();
        pdf.object(parents, "[" + pageParents + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        int index = pages.size() - 1;
        parentTree.append(index).append(' ').append(parents).append(" 0 R "); //$NON-NLS-1$
        pdf.object(page, "<< /Type /Page /Parent " + pagesRoot + " 0 R /MediaBox [0 0 " + WIDTH + ' ' + HEIGHT //$NON-NLS-1$ //$NON-NLS-2$
                + "] /Resources " + resources + " 0 R /Contents " + stream + " 0 R /StructParents " + index //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " /Tabs /S >>"); //$NON-NLS-1$
        content = null;
    }

    /** Writes what is left (the last page, the structure tree, fonts, outline, metadata) and the trailer. */
    public void finish() throws IOException {
        endPage();
        while (!open.isEmpty()) {
            write(open.pop());
        }
        StringBuilder kids = new StringBuilder();
        for (int p : pages) {
            kids.append(p).append(" 0 R "); //$NON-NLS-1$
        }
        pdf.object(pagesRoot, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int tree = pdf.reserve();
        pdf.object(tree, "<< /Nums [" + parentTree + "] >>"); //$NON-NLS-1$ //$NON-NLS-2$
        pdf.object(structRoot, "<< /Type /StructTreeRoot /K [" + document + " 0 R] /ParentTree " + tree //$NON-NLS-1$ //$NON-NLS-2$
                + " 0 R /ParentTreeNextKey " + pages.size() + " >>"); //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder count = new StringBuilder("BT /F1 7 Tf 0.353 0.384 0.439 rg 0 0 Td "); //$NON-NLS-1$
        regular.encode(Integer.toString(pages.size()), count);
        count.append(" Tj ET\n"); //$NON-NLS-1$
        pdf.stream(total, "/Type /XObject /Subtype /Form /BBox [0 -3 60 10] /Resources " + resources + " 0 R", //$NON-NLS-1$ //$NON-NLS-2$
                count.toString().getBytes(StandardCharsets.ISO_8859_1), true);
        pdf.object(resources, "<< /Font << /F1 " + regular.number() + " 0 R /F2 " + bold.number() + " 0 R >> /XObject << /Tot " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + total + " 0 R >> >>"); //$NON-NLS-1$
        regular.write(pdf);
        bold.write(pdf);
        int outline = outline();
        int metadata = pdf.reserve();
        pdf.stream(metadata, "/Type /Metadata /Subtype /XML", xmp().getBytes(StandardCharsets.UTF_8), false); //$NON-NLS-1$
        int profile = pdf.reserve();
        pdf.stream(profile, "/N 3", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData(), true); //$NON-NLS-1$
        int intent = pdf.reserve();
        pdf.object(intent,
                "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile " //$NON-NLS-1$
                        + profile + " 0 R >>"); //$NON-NLS-1$
        int info = pdf.reserve();
        String pdfDate = "(D:" + date.toString().replace("-", "") + "000000Z)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        pdf.object(info, "<< /Title " + PdfFile.text(title) + " /Creator (privflow) /Producer (privflow) /CreationDate " //$NON-NLS-1$ //$NON-NLS-2$
                + pdfDate + " /ModDate " + pdfDate + " >>"); //$NON-NLS-1$ //$NON-NLS-2$
        int catalog = pdf.reserve();
        pdf.object(catalog, "<< /Type /Catalog /Pages " + pagesRoot + " 0 R /StructTreeRoot " + structRoot //$NON-NLS-1$ //$NON-NLS-2$
                + " 0 R /MarkInfo << /Marked true >> /Lang " + PdfFile.ascii(language) //$NON-NLS-1$
                + " /ViewerPreferences << /DisplayDocTitle true >> /Metadata " + metadata + " 0 R /OutputIntents [" + intent //$NON-NLS-1$ //$NON-NLS-2$
                + " 0 R]" + (outline > 0 ? " /Outlines " + outline + " 0 R /PageMode /UseOutlines" : "") + " >>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        pdf.finish(catalog, info);
    }

    private int outline() throws IOException {
        if (bookmarks.isEmpty()) {
            return 0;
        }
        int root = pdf.reserve();
        int[] items = new int[bookmarks.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = pdf.reserve();
        }
        pdf.object(root, "<< /Type /Outlines /First " + items[0] + " 0 R /Last " + items[items.length - 1] + " 0 R /Count " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + items.length + " >>"); //$NON-NLS-1$
        for (int i = 0; i < items.length; i++) {
            Bookmark b = bookmarks.get(i);
            StringBuilder item = new StringBuilder("<< /Title ").append(PdfFile.text(b.title())).append(" /Parent ").append(root) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(" 0 R"); //$NON-NLS-1$
            if (i > 0) {
                item.append(" /Prev ").append(items[i - 1]).append(" 0 R"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (i < items.length - 1) {
                item.append(" /Next ").append(items[i + 1]).append(" 0 R"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            item.append(" /Dest [").append(b.page()).append(" 0 R /XYZ 0 "); //$NON-NLS-1$ //$NON-NLS-2$
            number(item, b.y()).append(" 0] >>"); //$NON-NLS-1$
            pdf.object(items[i], item);
        }
        return root;
    }

    private String xmp() {
        String when = date + "T00:00:00Z"; //$NON-NLS-1$
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" //$NON-NLS-1$
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" //$NON-NLS-1$
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"" //$NON-NLS-1$
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"" //$NON-NLS-1$
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"" //$NON-NLS-1$
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n" //$NON-NLS-1$
                + "<dc:format>application/pdf</dc:format>\n" //$NON-NLS-1$
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<xmp:CreatorTool>privflow</xmp:CreatorTool>\n<xmp:CreateDate>" + when + "</xmp:CreateDate>\n<xmp:ModifyDate>" //$NON-NLS-1$ //$NON-NLS-2$
                + when + "</xmp:ModifyDate>\n<xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<pdf:Producer>privflow</pdf:Producer>\n<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n" //$NON-NLS-1$
                + "<pdfuaid:part>1</pdfuaid:part>\n" //$NON-NLS-1$
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n" //$NON-NLS-1$
                + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n" //$NON-NLS-1$
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n" //$NON-NLS-1$
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n" //$NON-NLS-1$
                + "<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n" //$NON-NLS-1$
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n" //$NON-NLS-1$
                + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n" //$NON-NLS-1$
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n" //$NON-NLS-1$
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"; //$NON-NLS-1$
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private StringBuilder rect(float x, float y, float w, float h) {
        number(x).append(' ');
        number(y).append(' ');
        number(w).append(' ');
        return number(h).append(" re"); //$NON-NLS-1$
    }

    private StringBuilder number(float value) {
        return number(content, value);
    }

    /** Appends {@code value} with at most two decimals, as content streams take numbers. */
    static StringBuilder number(StringBuilder out, float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long rest = hundredths % 100;
        if (rest != 0) {
            out.append('.').append(rest / 10);
            if (rest % 10 != 0) {
                out.append(rest % 10);
            }
        }
        return out;
    }
}
