// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import privflow.model.io.AtomicFile;
import privflow.register.Register;
import privflow.register.Register.Column;
import privflow.register.Register.Section;

/**
 * One self-contained XHTML file: styles inline, a table of contents, a table per section, print
 * styles (landscape pages, table headers repeated on every page). Every text is escaped. The PDF
 * has the same look, laid out by {@link PdfWriter}.
 */
public final class HtmlWriter {

    private static final String STYLE = """
            body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #1b1f24; margin: 2em; }
            h1 { font-size: 18pt; margin-bottom: 0.2em; color: #1f5ea8; }
            h2 { font-size: 13pt; margin-top: 1.6em; color: #1f5ea8; border-bottom: 1px solid #c5d3e6; }
            p.subtitle { font-size: 11pt; margin-top: 0; }
            p.note { color: #5a6270; font-size: 9pt; }
            nav ol { margin: 0.5em 0 1.5em 1.5em; padding: 0; }
            table { border-collapse: collapse; width: 100%; margin-top: 0.5em; table-layout: fixed; }
            th, td { border: 1px solid #c9ced6; padding: 3pt 4pt; vertical-align: top; text-align: left;
                     word-wrap: break-word; overflow-wrap: break-word; }
            th { background: #e8eef7; font-weight: bold; }
            tr:nth-child(even) td { background: #f7f9fc; }
            td.empty { color: #5a6270; }
            h3 { font-size: 11pt; margin: 1.2em 0 0.3em 0; color: #1b1f24; }
            caption.label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            table.card { width: 100%; margin-bottom: 1em; }
            table.card th { width: 28%; }
            .diagram svg { max-width: 100%; height: auto; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { margin: 0; font-size: 8pt; }
              h1 { font-size: 14pt; }
              table { -fs-table-paginate: paginate; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
              h2 { page-break-after: avoid; }
              .diagram { page-break-inside: avoid; }
            }
            """;

    private static final int CARD_COLUMNS = 11;

    /** Rows looked at to share a table's width among its columns. */
    private static final int WIDTH_SAMPLE = 200;

    private HtmlWriter() {
    }

    /** Writes the register into {@code file} as it goes, never holding the whole document in memory. */
    public static void write(Register register, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            try {
                render(register, new Html(writer));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
    }

    /** @return the register as an XHTML document, with the data-flow diagram as inline SVG */
    public static String render(Register register) {
        StringWriter text = new StringWriter(64 * 1024);
        render(register, new Html(text));
        return text.toString();
    }

    private static void render(Register register, Html html) {
        boolean withDiagram = register.diagram() != null;
        open(html, register);
        front(html, register, withDiagram);
        if (withDiagram) {
            html.append("<section id=\"diagram\" class=\"diagram\">\n<h2>").append(escape(register.diagram().title())) //$NON-NLS-1$
                    .append("</h2>\n").append(register.diagram().svg()).append("</section>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Section section : register.sections()) {
            section(html, section, register.locale());
        }
        close(html);
    }

    /** Where the markup goes: a writer, with its failures unchecked so that the layout code reads plainly. */
    private record Html(Writer out) {
        Html append(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Html append(int number) {
            return append(Integer.toString(number));
        }
    }

    /** Whether a section shows one card a record rather than a table row. */
    static boolean asCards(Section section) {
        return section.columns().stream().filter(c -> !c.reference()).count() > CARD_COLUMNS;
    }

    /** @return {@code section} without its columns of references for tools, as a person reads it */
    static Section readable(Section section) {
        List<Integer> kept = new java.util.ArrayList<>();
        for (int i = 0; i < section.columns().size(); i++) {
            if (!section.columns().get(i).reference()) {
                kept.add(i);
            }
        }
        if (kept.size() == section.columns().size()) {
            return section;
        }
        List<List<Object>> rows = section.rows().stream().map(row -> kept.stream().map(row::get).toList()).toList();
        return new Section(section.id(), section.title(), section.sheetName(), kept.stream().map(section.columns()::get).toList(),
                rows);
    }

    private static void open(Html html, Register register) {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"") //$NON-NLS-1$
                .append(register.locale().getLanguage()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>") //$NON-NLS-1$
                .append(escape(register.title())).append("</title>\n<style>\n").append(STYLE) //$NON-NLS-1$
                .append("</style>\n</head>\n<body>\n<main>\n"); //$NON-NLS-1$
    }

    private static void close(Html html) {
        html.append("</main>\n</body>\n</html>\n"); //$NON-NLS-1$
    }

    private static void front(Html html, Register register, boolean diagram) {
        html.append("<h1>").append(escape(register.title())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<p class=\"subtitle\">").append(escape(register.subtitle())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<p class=\"note\">").append(escape(register.note())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<nav>\n<h2>").append(escape(register.contentsTitle())).append("</h2>\n<ol>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (diagram) {
            html.append("<li><a href=\"#diagram\">").append(escape(register.diagram().title())).append("</a></li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Section section : register.sections()) {
            html.append("<li>"); //$NON-NLS-1$
            html.append("<a href=\"#").append(section.id()).append("\">").append(escape(section.title())).append("</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            html.append(" (").append(section.rows().size()).append(")</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</ol>\n</nav>\n"); //$NON-NLS-1$
    }

    private static void section(Html html, Section full, java.util.Locale locale) {
        Section section = readable(full);
        html.append("<section id=\"").append(section.id()).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<h2>").append(escape(section.title())).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (asCards(section)) {
            cards(html, section, locale);
        } else {
            table(html, section, locale);
        }
        html.append("</section>\n"); //$NON-NLS-1$
    }

    /** A table row per record while it fits a landscape page; wider sections become one card a record. */
    private static void table(Html html, Section section, java.util.Locale locale) {
        html.append("<table>\n"); //$NON-NLS-1$
        html.append("<caption class=\"label\">").append(escape(section.title())).append("</caption>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("<colgroup>"); //$NON-NLS-1$
        for (int width : widths(section)) {
            html.append("<col style=\"width: ").append(width).append("%\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</colgroup>\n<thead>\n<tr>"); //$NON-NLS-1$
        for (Column column : section.columns()) {
            html.append("<th scope=\"col\">").append(escape(column.title())).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</tr>\n</thead>\n<tbody>\n"); //$NON-NLS-1$
        for (List<Object> row : section.rows()) {
            html.append("<tr>"); //$NON-NLS-1$
            for (Object cell : row) {
                cell(html, cell, locale);
            }
            html.append("</tr>\n"); //$NON-NLS-1$
        }
        html.append("</tbody>\n</table>\n"); //$NON-NLS-1$
    }

    /**
     * @return each column's share of the table's width in percent: more for columns of long texts
     *         (a finding's message, its remedies) than for short codes, judged by the first rows
     */
    static int[] widths(Section section) {
        int columns = section.columns().size();
        double[] weight = new double[columns];
        int sampled = Math.min(section.rows().size(), WIDTH_SAMPLE);
        for (int c = 0; c < columns; c++) {
            long chars = section.columns().get(c).title().length();
            for (List<Object> row : section.rows().subList(0, sampled)) {
                chars += Cells.values(row.get(c)).stream().mapToInt(String::length).sum();
            }
            weight[c] = Math.clamp(Math.sqrt((double) chars / (sampled + 1)), 3, 20);
        }
        double total = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[columns];
        int left = 100;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? left : (int) Math.round(100 * weight[c] / total);
            left -= widths[c];
        }
        return widths;
    }

    /**
     * Each record as a two-column card (item, value), as the Art. 30 items of one activity read
     * best, under a heading that names the record (its first value: the activity).
     */
    private static void cards(Html html, Section section, java.util.Locale locale) {
        for (List<Object> row : section.rows()) {
            String name = String.join(", ", Cells.values(row.get(0), locale)); //$NON-NLS-1$
            html.append("<h3>"); //$NON-NLS-1$
            values(html, Cells.items(row.get(0)), locale);
            html.append("</h3>\n<table class=\"card\">\n"); //$NON-NLS-1$
            html.append("<caption class=\"label\">").append(escape(section.title())).append(": ").append(escape(name)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</caption>\n"); //$NON-NLS-1$
            html.append("<tbody>\n"); //$NON-NLS-1$
            for (int i = 0; i < row.size(); i++) {
                html.append("<tr><th scope=\"row\">").append(escape(section.columns().get(i).title())).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$
                cell(html, row.get(i), locale);
                html.append("</tr>\n"); //$NON-NLS-1$
            }
            html.append("</tbody>\n</table>\n"); //$NON-NLS-1$
        }
    }

    private static void cell(Html html, Object cell, java.util.Locale locale) {
        List<?> values = Cells.items(cell);
        html.append(values.isEmpty() ? "<td class=\"empty\">" : "<td>"); //$NON-NLS-1$ //$NON-NLS-2$
        values(html, values, locale);
        html.append("</td>"); //$NON-NLS-1$
    }

    /** Writes values on separate lines; a phrase in another language is marked with it. */
    private static void values(Html html, List<?> values, java.util.Locale locale) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                html.append("<br/>"); //$NON-NLS-1$
            }
            Object value = values.get(i);
            if (value instanceof Register.Phrase phrase) {
                html.append("<span lang=\"").append(escape(phrase.language())).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(escape(phrase.text())).append("</span>"); //$NON-NLS-1$
            } else {
                html.append(escape(Cells.value(value, locale)));
            }
        }
    }

    /** @return {@code text} with the five XML special characters escaped and line breaks kept */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;"); //$NON-NLS-1$
                case '<' -> out.append("&lt;"); //$NON-NLS-1$
                case '>' -> out.append("&gt;"); //$NON-NLS-1$
                case '"' -> out.append("&quot;"); //$NON-NLS-1$
                case '\'' -> out.append("&#39;"); //$NON-NLS-1$
                case '\n' -> out.append("<br/>"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
