// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import privflow.core.Messages;
import privflow.register.Register;
import privflow.register.Register.Section;
import privflow.register.internal.docx.WordDocument;
import privflow.register.internal.docx.WordDocument.Run;

/**
 * The register as a Word document the legal team edits: a title page with the controller, the data
 * protection officer and the date of the record; a table of contents; a section per part of the
 * register, each activity under its own heading with its Art. 30 items as a two-column table, the
 * other sections as tables whose header row repeats on every page. Written as it goes.
 */
public final class DocxWriter {

    private static final int[] CARD = {28, 72};

    private DocxWriter() {
    }

    public static void write(Register register, Path file) throws IOException {
        Texts t = new Texts(register.locale());
        String title = register.title() + " \u2013 " + register.subtitle(); //$NON-NLS-1$
        WordDocument.write(file, title, wordLanguage(register.locale()), register.date(), title, t.get("Document_PageOf"), //$NON-NLS-1$
                doc -> write(register, t, doc));
    }

    /** @return the language tag Word's spelling checker knows, e.g. {@code fi-FI} */
    static String wordLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> "fi-FI"; //$NON-NLS-1$ //$NON-NLS-2$
            case "en" -> "en-GB"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> locale.toLanguageTag();
        };
    }

    private static void write(Register register, Texts t, WordDocument doc) throws IOException {
        Locale locale = register.locale();
        doc.paragraph("Title", new Run(register.title())); //$NON-NLS-1$
        doc.paragraph("Subtitle", new Run(register.subtitle())); //$NON-NLS-1$
        List<List<List<List<Run>>>> particulars = particulars(register, t);
        if (!particulars.isEmpty()) {
            doc.startTable(CARD, null);
            for (List<List<List<Run>>> row : particulars) {
                doc.row(row, true);
            }
            doc.endTable();
        }
        doc.paragraph("Note", new Run(register.note())); //$NON-NLS-1$
        doc.pageBreak();
        doc.paragraph("TOCHeading", new Run(register.contentsTitle())); //$NON-NLS-1$
        doc.contents(register.sections().stream().map(Section::title).toList());
        doc.pageBreak();
        for (Section full : register.sections()) {
            Section section = HtmlWriter.readable(full);
            doc.paragraph("Heading1", new Run(section.title())); //$NON-NLS-1$
            if (HtmlWriter.asCards(section)) {
                for (List<Object> row : section.rows()) {
                    doc.paragraph("Heading2", runs(row.get(0), locale).toArray(Run[]::new)); //$NON-NLS-1$
                    doc.startTable(CARD, null);
                    for (int i = 0; i < row.size(); i++) {
                        doc.row(List.of(List.of(List.of(new Run(section.columns().get(i).title()))), paragraphs(row.get(i), locale)),
                                true);
                    }
                    doc.endTable();
                }
            } else {
                doc.startTable(HtmlWriter.widths(section), section.columns().stream().map(Register.Column::title).toList());
                for (List<Object> row : section.rows()) {
                    List<List<List<Run>>> cells = new ArrayList<>(row.size());
                    for (Object cell : row) {
                        cells.add(paragraphs(cell, locale));
                    }
                    doc.row(cells, false);
                }
                doc.endTable();
            }
        }
    }

    /**
     * @return the title page's rows: who keeps the record (the controller or, for a processor, the
     *         processor) and its data protection officer, as the first activity records them, and
     *         the date of the record
     */
    private static List<List<List<List<Run>>>> particulars(Register register, Texts t) {
        List<List<List<List<Run>>>> rows = new ArrayList<>();
        Locale locale = register.locale();
        for (Section section : register.sections()) {
            int keeper = column(section, "controller", "processor"); //$NON-NLS-1$ //$NON-NLS-2$
            int dpo = column(section, "dpo"); //$NON-NLS-1$
            if (keeper >= 0 && dpo >= 0 && !section.rows().isEmpty()) {
                List<Object> first = section.rows().get(0);
                rows.add(item(section.columns().get(keeper).title(), paragraphs(first.get(keeper), locale)));
                rows.add(item(section.columns().get(dpo).title(), paragraphs(first.get(dpo), locale)));
                break;
            }
        }
        rows.add(item(t.get("Document_Date"), List.of(List.of(new Run(Messages.date(locale, register.date())))))); //$NON-NLS-1$
        return rows;
    }

    private static List<List<List<Run>>> item(String label, List<List<Run>> value) {
        return List.of(List.of(List.of(new Run(label))), value);
    }

    private static int column(Section section, String... ids) {
        for (int i = 0; i < section.columns().size(); i++) {
            if (List.of(ids).contains(section.columns().get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    /** @return a cell's values, a paragraph each */
    private static List<List<Run>> paragraphs(Object cell, Locale locale) {
        List<List<Run>> paragraphs = new ArrayList<>();
        for (Run run : runs(cell, locale)) {
            paragraphs.add(List.of(run));
        }
        return paragraphs;
    }

    /** @return a cell's values as runs; the model's text in another language is marked with it */
    private static List<Run> runs(Object cell, Locale locale) {
        List<Run> runs = new ArrayList<>();
        for (Object value : Cells.items(cell)) {
            runs.add(new Run(Cells.value(value, locale), Cells.language(value, locale)));
        }
        return runs;
    }
}
