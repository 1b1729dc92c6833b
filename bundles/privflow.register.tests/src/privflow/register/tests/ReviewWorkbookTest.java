// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.register.ReviewWorkbook;
import privflow.register.ReviewWorkbook.Problem;

/** The review spreadsheet goes to the legal team and their decisions come back, never silently overwriting. */
class ReviewWorkbookTest {

    private static final int DECISION = 6;
    private static final int REVIEWER = 7;
    private static final int DATE = 8;
    private static final int RATIONALE = 9;
    private static final int FINGERPRINT = 10;

    private static AnalysisResult analyse(DataFlowModel model) throws Exception {
        return Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
    }

    /** Reads the sheet as text, as a spreadsheet program would show it. */
    private static List<List<String>> cells(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Writes {@code rows} back with the edits a legal team would make (row index to column to text). */
    private static Path edited(Path exported, Path dir, Map<Integer, Map<Integer, String>> edits) throws Exception {
        List<List<String>> rows = cells(exported);
        Path file = dir.resolve("edited.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "LibreOffice", "7.0");
            Worksheet sheet = workbook.newWorksheet("Review");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = edits.getOrDefault(r, Map.of()).getOrDefault(c, rows.get(r).get(c));
                    sheet.value(r, c, value);
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static int rowOf(List<List<String>> rows, String keyPrefix) {
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).get(0).startsWith(keyPrefix)) {
                return r;
            }
        }
        throw new AssertionError(keyPrefix + " not exported");
    }

    @Test
    void anUntouchedExportImportsNothing(@TempDir Path dir) throws Exception {
        DataFlowModel model = Fixtures.example("cleaning-company");
        AnalysisResult result = analyse(model);
        Path file = dir.resolve("review.xlsx");
        ReviewWorkbook.write(model, result, Locale.ENGLISH, LocalDate.of(2026, 11, 24), file);
        List<List<String>> rows = cells(file);
        assertEquals("Finding key", rows.get(0).get(0));
        assertEquals(result.findings().size(), rows.stream().filter(r -> r.get(0).contains(":")).count());
        ReviewWorkbook.Import imported = ReviewWorkbook.read(file, model, result);
        assertEquals(0, imported.decisions().size());
        assertEquals(0, imported.conflicts().size());
    }

    @Test
    void theLegalTeamsDecisionsComeBackInEnglishOrFinnish(@TempDir Path dir) throws Exception {
        DataFlowModel model = Fixtures.example("cleaning-company");
        AnalysisResult result = analyse(model);
        Path exported = dir.resolve("review.xlsx");
        ReviewWorkbook.write(model, result, Fixtures.FI, LocalDate.of(2026, 11, 24), exported);
        List<List<String>> rows = cells(exported);
        int transfer = rowOf(rows, "transfer-without-tool:");
        int contract = rowOf(rows, "independent-controller:");
        Path edited = edited(exported, dir, Map.of(
                transfer, Map.of(DECISION, "mitigated", REVIEWER, "Lakimies", DATE, "2026-11-30", RATIONALE, "=Business chat from January"),
                contract, Map.of(DECISION, "hylätty", REVIEWER, "Lakimies", RATIONALE, "Employees no longer use WhatsApp")));
        ReviewWorkbook.Import imported = ReviewWorkbook.read(edited, model, result);
        assertEquals(List.of(), imported.conflicts());
        assertEquals(2, imported.decisions().size());
        ReviewDecision first = imported.decisions().get(0);
        Finding finding = result.finding(first.getFindingKey());
        assertEquals(ReviewStatus.MITIGATED, first.getStatus());
        assertEquals(finding.fingerprint(), first.getFingerprint());
        assertEquals(LocalDate.of(2026, 11, 30), first.getDate());
        assertEquals("=Business chat from January", first.getRationale());
        assertEquals(ReviewStatus.REJECTED, imported.decisions().get(1).getStatus());
    }

    @Test
    void conflictsAreReportedAndNothingIsOverwritten(@TempDir Path dir) throws Exception {
        DataFlowModel model = Fixtures.example("cleaning-company");
        AnalysisResult result = analyse(model);
        Path exported = dir.resolve("review.xlsx");
        ReviewWorkbook.write(model, result, Locale.ENGLISH, LocalDate.of(2026, 11, 24), exported);
        List<List<String>> rows = cells(exported);
        int transfer = rowOf(rows, "transfer-without-tool:");
        int contract = rowOf(rows, "independent-controller:");
        int notice = rowOf(rows, "subjects-not-informed:");
        int record = rowOf(rows, "incomplete-record:");

        Finding transferFinding = result.finding(rows.get(transfer).get(0));
        ReviewDecision meanwhile = PrivflowFactory.eINSTANCE.createReviewDecision();
        meanwhile.setFindingKey(transferFinding.key());
        meanwhile.setFingerprint(transferFinding.fingerprint());
        meanwhile.setStatus(ReviewStatus.REJECTED);
        meanwhile.setReviewer("DPO");
        meanwhile.setRationale("decided in Eclipse meanwhile");
        model.getReviews().add(meanwhile);
        AnalysisResult now = analyse(model);

        Path edited = edited(exported, dir, Map.of(
                transfer, Map.of(DECISION, "accepted", REVIEWER, "Legal", RATIONALE, "ok"),
                contract, Map.of(DECISION, "accepted", REVIEWER, "Legal", RATIONALE, "ok", FINGERPRINT, "0000000000000000"),
                notice, Map.of(DECISION, "maybe", REVIEWER, "Legal", RATIONALE, "?"),
                record, Map.of(DECISION, "accepted", REVIEWER, "Legal", RATIONALE, "", 0, "incomplete-record:gone")));
        ReviewWorkbook.Import imported = ReviewWorkbook.read(edited, model, now);
        assertEquals(0, imported.decisions().size());
        List<Problem> problems = imported.conflicts().stream().map(ReviewWorkbook.Conflict::problem).toList();
        assertEquals(List.of(Problem.CONFLICTING_DECISION, Problem.FACTS_CHANGED, Problem.INVALID, Problem.NO_SUCH_FINDING),
                problems, imported.conflicts().toString());
        assertEquals(transfer + 1, imported.conflicts().get(0).row());
        assertTrue(model.getReviews().size() == 1 && model.getReviews().get(0).getStatus() == ReviewStatus.REJECTED);
    }
}
