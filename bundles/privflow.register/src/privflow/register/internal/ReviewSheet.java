// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.model.io.AtomicFile;
import privflow.register.ReviewWorkbook.Conflict;
import privflow.register.ReviewWorkbook.Import;
import privflow.register.ReviewWorkbook.Problem;

/** The review workbook's one sheet: writing it with fastexcel and reading it back with fastexcel-reader. */
public final class ReviewSheet {

    /** The columns; the key and fingerprint columns tie a row to its finding and the facts it showed. */
    private static final String[] COLUMNS = {"key", "severity", "rule", "article", "message", "review", "decision", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "reviewer", "review_date", "rationale", "fingerprint"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final int KEY = 0;
    private static final int DECISION = 6;
    private static final int REVIEWER = 7;
    private static final int DATE = 8;
    private static final int RATIONALE = 9;
    private static final int FINGERPRINT = 10;
    private static final double[] WIDTHS = {24, 10, 22, 12, 70, 18, 14, 18, 12, 50, 18};

    private ReviewSheet() {
    }

    public static void write(DataFlowModel model, AnalysisResult result, Locale locale, LocalDate date, Path file) throws IOException {
        Texts t = new Texts(locale);
        AtomicFile.write(file, out -> writeTo(out, result, t, date));
    }

    private static void writeTo(OutputStream out, AnalysisResult result, Texts t, LocalDate date) throws IOException {
        Workbook workbook = new Workbook(out, "privflow", "0.1"); //$NON-NLS-1$ //$NON-NLS-2$
        workbook.properties().setTitle(t.get("Review_Title")); //$NON-NLS-1$
        Worksheet sheet = workbook.newWorksheet(t.get("Review_Sheet")); //$NON-NLS-1$
        sheet.freezePane(1, 1);
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.inlineString(0, c, t.get("Review_Column_" + COLUMNS[c])); //$NON-NLS-1$
            sheet.width(c, WIDTHS[c]);
        }
        sheet.range(0, 0, 0, COLUMNS.length - 1).style().bold().fillColor("E8EEF7").wrapText(true).set(); //$NON-NLS-1$
        int r = 1;
        for (Finding f : result.findings()) {
            ReviewDecision d = f.decision();
            String[] cells = {f.key(), f.severity().label(t.locale()), f.rule().title(t.locale()), f.rule().article(t.locale()),
                    f.message(t.locale()), f.review().label(t.locale()),
                    d == null || d.getStatus() == null || d.getStatus() == ReviewStatus.OPEN ? "" : decisionWord(d.getStatus(), t), //$NON-NLS-1$
                    d == null ? "" : Objects.toString(d.getReviewer(), ""), //$NON-NLS-1$ //$NON-NLS-2$
                    d == null || d.getDate() == null ? "" : d.getDate().toString(), //$NON-NLS-1$
                    d == null ? "" : Objects.toString(d.getRationale(), ""), //$NON-NLS-1$ //$NON-NLS-2$
                    f.fingerprint()};
            for (int c = 0; c < cells.length; c++) {
                sheet.inlineString(r, c, Cells.neutralised(cells[c]));
            }
            sheet.range(r, 0, r, COLUMNS.length - 1).style().wrapText(true).verticalAlignment("top").set(); //$NON-NLS-1$
            sheet.range(r, DECISION, r, RATIONALE).style().fillColor("FFF8DC").wrapText(true).verticalAlignment("top").set(); //$NON-NLS-1$ //$NON-NLS-2$
            r++;
        }
        if (r > 1) {
            List<String> choices = new ArrayList<>();
            for (ReviewStatus s : new ReviewStatus[]{ReviewStatus.ACCEPTED, ReviewStatus.MITIGATED, ReviewStatus.REJECTED}) {
                choices.add(decisionWord(s, t));
            }
            sheet.range(1, DECISION, r - 1, DECISION).validateWithListByFormula('"' + String.join(",", choices) + '"'); //$NON-NLS-1$
        }
        sheet.setAutoFilter(0, 0, Math.max(0, r - 1), COLUMNS.length - 1);
        sheet.inlineString(r + 1, 0, t.format("Review_Footer", date.toString())); //$NON-NLS-1$
        sheet.finish();
        workbook.finish();
    }

    private static String decisionWord(ReviewStatus status, Texts t) {
        return t.get("Review_Decision_" + status.name()); //$NON-NLS-1$
    }

    public static Import read(Path file, DataFlowModel model, AnalysisResult result) throws IOException {
        List<ReviewDecision> decisions = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        int unchanged = 0;
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            for (int i = 1; i < rows.size(); i++) {
                Row row = rows.get(i);
                String key = cell(row, KEY);
                String decision = cell(row, DECISION);
                if (key.isEmpty() || decision.isEmpty() || !key.contains(":")) { //$NON-NLS-1$
                    continue;
                }
                int number = i + 1;
                Finding f = result.finding(key);
                ReviewStatus status = status(decision);
                String reviewer = cell(row, REVIEWER);
                String rationale = cell(row, RATIONALE);
                LocalDate date = date(row);
                if (f == null) {
                    conflicts.add(new Conflict(number, key, Problem.NO_SUCH_FINDING, decision));
                } else if (status == null || reviewer.isEmpty() || rationale.isEmpty()) {
                    conflicts.add(new Conflict(number, key, Problem.INVALID, decision));
                } else if (!f.fingerprint().equals(cell(row, FINGERPRINT))) {
                    conflicts.add(new Conflict(number, key, Problem.FACTS_CHANGED, cell(row, FINGERPRINT)));
                } else {
                    ReviewDecision existing = f.decision();
                    if (existing != null && existing.getStatus() != status && existing.getStatus() != ReviewStatus.OPEN
                            && f.fingerprint().equals(existing.getFingerprint())) {
                        conflicts.add(new Conflict(number, key, Problem.CONFLICTING_DECISION, existing.getStatus().getLiteral()));
                    } else if (existing != null && existing.getStatus() == status && Objects.equals(existing.getReviewer(), reviewer)
                            && Objects.equals(existing.getRationale(), rationale) && f.fingerprint().equals(existing.getFingerprint())) {
                        unchanged++;
                    } else {
                        ReviewDecision d = PrivflowFactory.eINSTANCE.createReviewDecision();
                        d.setFindingKey(key);
                        d.setFingerprint(f.fingerprint());
                        d.setStatus(status);
                        d.setReviewer(reviewer);
                        d.setRationale(rationale);
                        d.setDate(date != null ? date : LocalDate.now());
                        decisions.add(d);
                    }
                }
            }
        }
        return new Import(decisions, unchanged, conflicts);
    }

    /** A cell's text, without the apostrophe that neutralised a formula-like text on export. */
    private static String cell(Row row, int column) {
        Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
        String value = cell == null || cell.getText() == null ? "" : cell.getText().strip(); //$NON-NLS-1$
        return value.startsWith("'") && value.length() > 1 && "=+-@\t\r".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The decision a cell names, in English or Finnish, by word or status id. */
    private static ReviewStatus status(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        for (ReviewStatus s : new ReviewStatus[]{ReviewStatus.ACCEPTED, ReviewStatus.MITIGATED, ReviewStatus.REJECTED}) {
            for (Locale l : privflow.register.Register.LANGUAGES) {
                if (word.equals(new Texts(l).get("Review_Decision_" + s.name()).toLowerCase(Locale.ROOT)) //$NON-NLS-1$
                        || word.equals(s.getLiteral().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The review date: typed as text, or a date the spreadsheet program made of it. */
    private static LocalDate date(Row row) {
        Cell cell = DATE < row.getCellCount() ? row.getCell(DATE) : null;
        if (cell != null && cell.getType() == CellType.NUMBER) {
            return row.getCellAsDate(DATE).map(java.time.LocalDateTime::toLocalDate).orElse(null);
        }
        String text = cell(row, DATE);
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
