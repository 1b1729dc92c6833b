// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;

import privflow.model.DataFlowModel;

/**
 * The entry point of the analysis: one engine for the editor's markers, the review view, the
 * command line and the reports.
 *
 * <pre>
 * LegalFacts facts = Catalogues.facts(null, model);
 * AnalysisResult result = Analysis.run(model, facts, AnalysisOptions.DEFAULT);
 * </pre>
 */
public final class Analysis {

    private Analysis() {
    }

    /** @return the findings and transfers of {@code model} under {@code facts} */
    public static AnalysisResult run(DataFlowModel model, LegalFacts facts, AnalysisOptions options) {
        return new AnalysisSession(model, facts, options, false).result();
    }

    /**
     * @return a session that keeps its results up to date as {@code model} changes, checking
     *         again only what a change affects; {@link AnalysisSession#dispose() dispose} it after use
     */
    public static AnalysisSession session(DataFlowModel model, LegalFacts facts, AnalysisOptions options) {
        return new AnalysisSession(model, facts, options, true);
    }

    /** @return the date whose facts apply: the option's, else the model's, else today */
    public static LocalDate asOf(DataFlowModel model, AnalysisOptions options) {
        if (options.asOf() != null) {
            return options.asOf();
        }
        return model.getAsOf() != null ? model.getAsOf() : LocalDate.now();
    }
}
