// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import privflow.model.io.AtomicFile;
import privflow.register.Register;
import privflow.register.Register.Section;
import privflow.register.internal.pdf.EmbeddedFont;
import privflow.register.internal.pdf.PdfFile;
import privflow.register.internal.pdf.TaggedDocument;

/**
 * The register as an archival, accessible PDF (PDF/A-2u and PDF/UA-1) with the look of the HTML
 * register's print styles: A4 landscape, DejaVu Sans embedded, a table per section with its header
 * repeated on every page, one card per activity. Pages are laid out and written one after the
 * other, so time and memory grow with the register only as far as one page, whatever its length.
 * The same register gives the same bytes.
 */
public final class PdfWriter {

    private static final float MARGIN = 34f;
    private static final float LEFT = MARGIN;
    private static final float WIDTH = TaggedDocument.WIDTH - 2 * MARGIN;
    private static final float TOP = TaggedDocument.HEIGHT - MARGIN;
    private static final float BOTTOM = MARGIN + 14f;
    private static final float SIZE = 8f;
    private static final float LEADING = 10f;
    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3f;
    private static final float CARD_HEADER = 0.28f;

    private static final String TEXT = "0.106 0.122 0.141"; //$NON-NLS-1$
    private static final String HEADING = "0.122 0.369 0.659"; //$NON-NLS-1$
    private static final String NOTE = "0.353 0.384 0.439"; //$NON-NLS-1$
    private static final String HEADING_RULE = "0.773 0.827 0.902"; //$NON-NLS-1$
    private static final String HEADER_FILL = "0.91 0.933 0.969"; //$NON-NLS-1$
    private static final String BORDER = "0.788 0.808 0.839"; //$NON-NLS-1$
    private static final String ZEBRA = "0.969 0.976 0.988"; //$NON-NLS-1$

    /** A line of a cell: its text and, for the model's own text in another language, that language. */
    private record Line(String text, String language) {
    }

    /** A header row to repeat on each page a table continues on. */
    private record Header(float[] widths, List<List<Line>> cells, float height) {
    }

    private final Register register;
    private final TaggedDocument pdf;
    private final EmbeddedFont regular;
    private final EmbeddedFont bold;
    private float y;
    private Header header;

    private PdfWriter(Register register, TaggedDocument pdf) {
        this.register = register;
        this.pdf = pdf;
        this.regular = pdf.regular();
        this.bold = pdf.bold();
    }

    public static void write(Register register, Path file) throws IOException {
        AtomicFile.write(file, target -> {
            OutputStream out = new BufferedOutputStream(target, 64 * 1024);
            try (InputStream regular = font("DejaVuSans.ttf"); InputStream bold = font("DejaVuSans-Bold.ttf")) { //$NON-NLS-1$ //$NON-NLS-2$
                TaggedDocument pdf = new TaggedDocument(out, register.title() + " \u2013 " + register.subtitle(), //$NON-NLS-1$
                        register.locale().getLanguage(), register.date(), regular, bold);
                new PdfWriter(register, pdf).layOut();
                pdf.finish();
            }
            out.flush();
        });
    }

    private static InputStream font(String name) {
        InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream("fonts/" + name); //$NON-NLS-1$
        if (in == null) {
            throw new IllegalStateException("fonts/" + name + " is missing from privflow.register"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return in;
    }

    private void layOut() throws IOException {
        newPage();
        pdf.open("H1"); //$NON-NLS-1$
        y -= 14f;
        pdf.text(bold, 14f, HEADING, LEFT, y, register.title());
        pdf.close();
        y -= 6f;
        paragraph(register.subtitle(), regular, 10f, TEXT);
        paragraph(register.note(), regular, 7f, NOTE);
        heading(register.contentsTitle(), 20f);
        pdf.open("L"); //$NON-NLS-1$
        int n = 1;
        for (Section section : register.sections()) {
            ensure(LEADING);
            y -= LEADING;
            pdf.open("LI"); //$NON-NLS-1$
            pdf.open("Lbl"); //$NON-NLS-1$
            pdf.text(regular, SIZE, TEXT, LEFT + 4f, y, n++ + "."); //$NON-NLS-1$
            pdf.close();
            pdf.open("LBody"); //$NON-NLS-1$
            pdf.text(regular, SIZE, TEXT, LEFT + 18f, y, section.title() + " (" + section.rows().size() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            pdf.close();
            pdf.close();
        }
        pdf.close();
        for (Section section : register.sections()) {
            section(HtmlWriter.readable(section));
        }
    }

    private void newPage() throws IOException {
        pdf.newPage();
        y = TOP;
    }

    /** Starts a new page unless {@code height} fits above the bottom margin. */
    private boolean ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    private void paragraph(String text, EmbeddedFont font, float size, String rgb) throws IOException {
        float leading = size * 1.3f;
        pdf.open("P"); //$NON-NLS-1$
        for (String line : wrap(text, font, size, WIDTH)) {
            ensure(leading);
            y -= leading;
            pdf.text(font, size, rgb, LEFT, y, line);
        }
        pdf.close();
        y -= size * 0.6f;
    }

    /** A section heading with its rule, kept with at least {@code keep} points of what follows. */
    private void heading(String text, float keep) throws IOException {
        y -= 10f;
        ensure(13f + 8f + keep);
        y -= 13f;
        pdf.bookmark(text, y + 16f);
        pdf.open("H2"); //$NON-NLS-1$
        pdf.text(bold, 13f, HEADING, LEFT, y, text);
        pdf.close();
        y -= 4f;
        pdf.rule(HEADING_RULE, 0.75f, LEFT, y, WIDTH);
        y -= 4f;
    }

    private void section(Section section) throws IOException {
        heading(section.title(), 3 * LEADING);
        if (HtmlWriter.asCards(section)) {
            for (List<Object> row : section.rows()) {
                card(section, row);
            }
        } else {
            table(section);
        }
    }

    private void table(Section section) throws IOException {
        int[] percent = HtmlWriter.widths(section);
        float[] widths = new float[percent.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = WIDTH * percent[c] / 100f;
        }
        List<List<Line>> titles = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            titles.add(lines(List.of(section.columns().get(c).title()), bold, widths[c]));
        }
        Header head = new Header(widths, titles, height(titles));
        pdf.open("Table"); //$NON-NLS-1$
        ensure(head.height() + LEADING + 2 * PAD_Y);
        row(widths, titles, true, false, "/A << /O /Table /Scope /Column >>"); //$NON-NLS-1$
        header = head;
        boolean even = false;
        for (List<Object> row : section.rows()) {
            List<List<Line>> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                cells.add(lines(Cells.items(row.get(c)), regular, widths[c]));
            }
            even = !even;
            row(widths, cells, false, !even, null);
        }
        header = null;
        pdf.close();
    }

    /** One record as a card: a heading naming it and a table of item and value. */
    private void card(Section section, List<Object> row) throws IOException {
        float[] widths = {WIDTH * CARD_HEADER, WIDTH * (1 - CARD_HEADER)};
        List<Line> name = lines(Cells.items(row.get(0)), bold, WIDTH);
        float first = height(List.of(lines(List.of(section.columns().get(0).title()), bold, widths[0]),
                lines(Cells.items(row.get(0)), regular, widths[1])));
        y -= 8f;
        ensure(11f * 1.3f * Math.max(1, name.size()) + 4f + first);
        pdf.open("H3"); //$NON-NLS-1$
        for (Line line : name) {
            y -= 11f * 1.3f;
            text(bold, 11f, TEXT, LEFT, y, line);
        }
        pdf.close();
        y -= 4f;
        pdf.open("Table"); //$NON-NLS-1$
        for (int i = 0; i < row.size(); i++) {
            List<List<Line>> cells = List.of(lines(List.of(section.columns().get(i).title()), bold, widths[0]),
                    lines(Cells.items(row.get(i)), regular, widths[1]));
            row(widths, cells, false, i % 2 == 1, "/A << /O /Table /Scope /Row >>"); //$NON-NLS-1$
        }
        pdf.close();
    }

    /**
     * Draws a table row, continuing it on the next page when it is taller than what is left of a
     * page; the part on each page is a row of its own.
     *
     * @param headerCells whether every cell is a column header
     * @param shaded whether the row has the zebra background
     * @param rowHeader the attributes of the first cell as a row header, or {@code null} when it is data
     */
    private void row(float[] widths, List<List<Line>> cells, boolean headerCells, boolean shaded, String rowHeader)
            throws IOException {
        int[] from = new int[cells.size()];
        boolean more = true;
        while (more) {
            int fit = (int) ((y - BOTTOM - 2 * PAD_Y) / LEADING);
            int needed = 0;
            for (int c = 0; c < cells.size(); c++) {
                needed = Math.max(needed, cells.get(c).size() - from[c]);
            }
            needed = Math.max(1, needed);
            if (fit < needed && (fit < 3 || needed * LEADING + 2 * PAD_Y <= TOP - BOTTOM - headerHeight())) {
                newPage();
                repeatHeader();
                fit = (int) ((y - BOTTOM - 2 * PAD_Y) / LEADING);
            }
            int shown = Math.min(needed, Math.max(1, fit));
            float height = shown * LEADING + 2 * PAD_Y;
            float x = LEFT;
            for (int c = 0; c < cells.size(); c++) {
                boolean th = headerCells || c == 0 && rowHeader != null;
                String fill = th ? HEADER_FILL : shaded ? ZEBRA : null;
                if (fill != null) {
                    pdf.fill(fill, x, y - height, widths[c], height);
                }
                pdf.frame(BORDER, 0.5f, x, y - height, widths[c], height);
                x += widths[c];
            }
            pdf.open("TR"); //$NON-NLS-1$
            x = LEFT;
            for (int c = 0; c < cells.size(); c++) {
                boolean th = headerCells || c == 0 && rowHeader != null;
                pdf.open(th ? "TH" : "TD", th ? (headerCells ? "/A << /O /Table /Scope /Column >>" : rowHeader) : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List<Line> lines = cells.get(c);
                int end = Math.min(lines.size(), from[c] + shown);
                float baseline = y - PAD_Y - SIZE;
                for (int l = from[c]; l < end; l++) {
                    text(th ? bold : regular, SIZE, TEXT, x + PAD_X, baseline, lines.get(l));
                    baseline -= LEADING;
                }
                from[c] = end;
                pdf.close();
                x += widths[c];
            }
            pdf.close();
            y -= height;
            more = false;
            for (int c = 0; c < cells.size(); c++) {
                more |= from[c] < cells.get(c).size();
            }
        }
    }

    private float headerHeight() {
        return header == null ? 0 : header.height();
    }

    /** On a page a table continues on, its header again, as an artifact (a reader has heard it). */
    private void repeatHeader() {
        if (header == null) {
            return;
        }
        float x = LEFT;
        for (int c = 0; c < header.widths().length; c++) {
            pdf.fill(HEADER_FILL, x, y - header.height(), header.widths()[c], header.height());
            pdf.frame(BORDER, 0.5f, x, y - header.height(), header.widths()[c], header.height());
            float baseline = y - PAD_Y - SIZE;
            for (Line line : header.cells().get(c)) {
                pdf.artifactText(bold, SIZE, TEXT, x + PAD_X, baseline, line.text());
                baseline -= LEADING;
            }
            x += header.widths()[c];
        }
        y -= header.height();
    }

    private static float height(List<List<Line>> cells) {
        int lines = 1;
        for (List<Line> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * LEADING + 2 * PAD_Y;
    }

    /** Shows a line; the model's text in another language than the register's is a span marked with it. */
    private void text(EmbeddedFont font, float size, String rgb, float x, float baseline, Line line) throws IOException {
        if (line.language() == null) {
            pdf.text(font, size, rgb, x, baseline, line.text());
        } else {
            pdf.open("Span", "/Lang " + PdfFile.ascii(line.language())); //$NON-NLS-1$ //$NON-NLS-2$
            pdf.text(font, size, rgb, x, baseline, line.text());
            pdf.close();
        }
    }

    /** @return the values of a cell wrapped to {@code width}, each value starting a line */
    private List<Line> lines(List<?> values, EmbeddedFont font, float width) throws IOException {
        List<Line> lines = new ArrayList<>();
        Locale locale = register.locale();
        for (Object value : values) {
            String language = Cells.language(value, locale);
            for (String line : wrap(Cells.value(value, locale), font, SIZE, width - 2 * PAD_X)) {
                lines.add(new Line(line, language));
            }
        }
        return lines;
    }

    /** @return {@code text} broken into lines at most {@code width} wide, at spaces where it can */
    static List<String> wrap(String text, EmbeddedFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) { //$NON-NLS-1$
            StringBuilder line = new StringBuilder();
            float used = 0;
            float space = font.width(' ', size);
            for (String word : paragraph.split(" ")) { //$NON-NLS-1$
                float w = font.width(word, size);
                if (line.length() > 0 && used + space + w <= width) {
                    line.append(' ').append(word);
                    used += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (w <= width) {
                    line.append(word);
                    used = w;
                } else {
                    for (int i = 0; i < word.length();) {
                        int c = word.codePointAt(i);
                        float cw = font.width(c, size);
                        if (used + cw > width && line.length() > 0) {
                            lines.add(line.toString());
                            line.setLength(0);
                            used = 0;
                        }
                        line.appendCodePoint(c);
                        used += cw;
                        i += Character.charCount(c);
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
