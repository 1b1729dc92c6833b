// SPDX-License-Identifier: EPL-2.0
package privflow.register;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import privflow.core.AnalysisResult;
import privflow.core.Transfer;
import privflow.model.DataFlowModel;
import privflow.register.internal.TiaBuilder;
import privflow.register.internal.TiaWriter;

/**
 * A transfer impact assessment worksheet for one transfer, following the six steps of EDPB
 * Recommendations 01/2020: what the model knows is filled in (the transfer mapped, the tool relied
 * on, the catalogue's dated facts for the country, the technical measures), what a lawyer assesses
 * is asked. Written as a Word document the legal team completes.
 *
 * @param title the worksheet's title
 * @param subtitle the transfer it assesses
 * @param reference the reference number to record on the transfer tool once the assessment is done
 * @param date the date of the assessment
 * @param reEvaluateBy when the assessment is due again (the analysis flags it after that)
 * @param locale the language of every text
 * @param steps the six steps, in order
 */
public record TransferImpactAssessment(String title, String subtitle, String reference, LocalDate date, LocalDate reEvaluateBy,
        Locale locale, List<Step> steps) {

    /**
     * A step: its heading, what the model records for it, and the questions left to the assessor.
     *
     * @param title e.g. "Step 1: Know your transfer"
     * @param items the facts: a label and its values (a {@code String} or a {@link Register.Phrase} each)
     * @param questions what the assessor answers
     */
    public record Step(String title, List<Item> items, List<String> questions) {
    }

    /** A fact of a step: its label and values. */
    public record Item(String label, List<Object> values) {
    }

    /**
     * @param model the model
     * @param result its analysis
     * @param transfer the transfer to assess
     * @param locale English or Finnish
     * @param date the date of the assessment
     * @param maxAgeMonths how old an assessment may be before the analysis flags it
     */
    public static TransferImpactAssessment of(DataFlowModel model, AnalysisResult result, Transfer transfer, Locale locale,
            LocalDate date, int maxAgeMonths) {
        return new TiaBuilder(model, result, transfer, locale, date, maxAgeMonths).build();
    }

    /** Writes the worksheet as a Word document, replacing {@code file} atomically. */
    public void write(Path file) throws IOException {
        TiaWriter.write(this, file);
    }
}
