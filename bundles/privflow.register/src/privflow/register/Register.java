// SPDX-License-Identifier: EPL-2.0
package privflow.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import privflow.core.AnalysisResult;
import privflow.model.DataFlowModel;
import privflow.register.internal.RegisterBuilder;

/**
 * The record of processing activities (GDPR Art. 30) of one model, in one language, as of one
 * date: a title and sections of rows, which {@link RegisterFormat}s write out. Recipients and
 * transfers are derived from the model's flows and the analysis, never typed twice.
 *
 * @param title the register's title, e.g. "Record of processing activities"
 * @param subtitle the organisation and date
 * @param note how the register was produced
 * @param contentsTitle the heading of the table of contents
 * @param locale the language of every text
 * @param date the date the register is as of
 * @param sections the sections, in order
 * @param diagram the data-flow diagram, or {@code null} when the model has none or is too large to
 *        draw on a page
 */
public record Register(String title, String subtitle, String note, String contentsTitle, Locale locale,
        LocalDate date, List<Section> sections, Figure diagram) {

    /**
     * A figure of the register: its heading and the drawing as an SVG document, drawn when first
     * asked for (only HTML shows it, and laying it out takes a moment).
     */
    public static final class Figure {
        private final String title;
        private final java.util.function.Supplier<String> drawing;
        private String svg;

        public Figure(String title, java.util.function.Supplier<String> drawing) {
            this.title = title;
            this.drawing = drawing;
        }

        public String title() {
            return title;
        }

        /** @return the SVG document */
        public synchronized String svg() {
            if (svg == null) {
                svg = drawing.get();
            }
            return svg;
        }
    }

    /**
     * A column: a stable id (used in JSON and CSV file names) and a title in the register's language.
     *
     * @param id stable id, e.g. {@code country}
     * @param title heading in the register's language
     * @param reference whether the column holds references for tools (finding keys), which the
     *        documents people read (HTML, PDF) leave out; spreadsheets, CSV and JSON keep them
     */
    public record Column(String id, String title, boolean reference) {

        /** A column a reader reads. */
        public Column(String id, String title) {
            this(id, title, false);
        }
    }

    /**
     * A section: one sheet of the XLSX file, one CSV file, one table of the HTML and PDF.
     *
     * @param id stable id, e.g. {@code transfers}
     * @param title heading in the register's language
     * @param sheetName a short name (at most 31 characters, as spreadsheets require)
     * @param columns the columns
     * @param rows the rows; each cell is a value or a {@code List} of values, each value a
     *        {@code String}, a {@link Phrase} or a {@code LocalDate}
     */
    public record Section(String id, String title, String sheetName, List<Column> columns, List<List<Object>> rows) {
    }

    /**
     * A value in another language than the register's: the model's own text (a name, a purpose)
     * in the language the model is written in, which HTML marks so that a screen reader reads it
     * right.
     *
     * @param text the text
     * @param language its BCP 47 language tag, e.g. {@code en}
     */
    public record Phrase(String text, String language) {

        @Override
        public String toString() {
            return text;
        }
    }

    /** Languages the register ships in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("fi"));

    /**
     * @param model the model
     * @param result its analysis (on the same as-of date)
     * @param locale English or Finnish
     * @param date the date the register is as of (written into it; no wall-clock time is)
     */
    public static Register of(DataFlowModel model, AnalysisResult result, Locale locale, LocalDate date) {
        return new RegisterBuilder(model, result, locale, date).build();
    }

    /** @return how many activities the register records: its own (Art. 30(1)) and as a processor (Art. 30(2)) */
    public int activities() {
        return sections.stream().filter(s -> s.id().equals("register") || s.id().equals("as_processor")) //$NON-NLS-1$ //$NON-NLS-2$
                .mapToInt(s -> s.rows().size()).sum();
    }

    /**
     * @return this register with a last section "Changes since {@code since}" listing
     *         {@code changes}, so that the DPO files the new record with what changed
     */
    public Register withChanges(Changes changes, String since) {
        List<Section> all = new java.util.ArrayList<>(sections);
        all.add(RegisterBuilder.changes(changes, since, locale));
        return new Register(title, subtitle, note, contentsTitle, locale, date, List.copyOf(all), diagram);
    }

    /** @return the section with {@code id} */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
