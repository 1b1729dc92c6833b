// SPDX-License-Identifier: EPL-2.0
package privflow.register;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import privflow.core.AnalysisResult;
import privflow.model.DataFlowModel;
import privflow.model.ReviewDecision;
import privflow.register.internal.ReviewSheet;

/**
 * The review of transfer findings as a spreadsheet, for a legal team without Eclipse: every
 * finding with its facts and current decision, and columns for the decision, reviewer, date and
 * rationale. Reading it back matches rows by finding key and never overwrites silently: a row
 * whose finding is gone, whose facts changed since the export, or whose finding already has
 * another decision in the model is reported as a conflict and left out.
 */
public final class ReviewWorkbook {

    /** Why a row of an imported workbook was not applied. */
    public enum Problem {
        /** The model has no finding with the row's key (any more). */
        NO_SUCH_FINDING,
        /** The facts of the finding changed since the workbook was exported. */
        FACTS_CHANGED,
        /** The model already holds a different decision for the finding. */
        CONFLICTING_DECISION,
        /** The decision column holds no known decision, or reviewer or rationale is missing. */
        INVALID
    }

    /** A row that was not applied: its 1-based row number in the sheet, its key, and why. */
    public record Conflict(int row, String key, Problem problem, String detail) {
    }

    /**
     * What reading a workbook found.
     *
     * @param decisions new decisions to record (for findings with no decision, or with the same
     *        decision whose reviewer, date or rationale changed)
     * @param unchanged rows whose decision the model already has
     * @param conflicts rows not applied, with the reason
     */
    public record Import(List<ReviewDecision> decisions, int unchanged, List<Conflict> conflicts) {
    }

    private ReviewWorkbook() {
    }

    /** Writes the review of {@code result}'s transfer findings (and other open findings) to {@code file}, atomically. */
    public static void write(DataFlowModel model, AnalysisResult result, Locale locale, LocalDate date, Path file) throws IOException {
        ReviewSheet.write(model, result, locale, date, file);
    }

    /** Reads the decisions in {@code file} against the model's current {@code result}. */
    public static Import read(Path file, DataFlowModel model, AnalysisResult result) throws IOException {
        return ReviewSheet.read(file, model, result);
    }
}
