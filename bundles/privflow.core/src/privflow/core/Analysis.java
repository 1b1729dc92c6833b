// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import privflow.core.internal.Engine;
import privflow.core.internal.ModelIndex;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.ProcessingActivity;
import privflow.model.Service;

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
        LegalFacts all = facts.with(model.getCatalogue());
        Engine engine = new Engine(ModelIndex.oneShot(model), all, options, asOf(model, options));
        List<Finding> findings = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        for (DataFlow flow : model.getFlows()) {
            List<Transfer> t = engine.transfers(flow);
            transfers.addAll(t);
            findings.addAll(engine.check(flow, t));
        }
        for (Service service : model.getServices()) {
            findings.addAll(engine.check(service));
        }
        for (ProcessingActivity activity : model.getActivities()) {
            findings.addAll(engine.check(activity));
        }
        AnalysisSession.applyReviews(model, findings);
        return new AnalysisResult(findings, transfers, engine.asOf(), all);
    }

    /**
     * @return a session that keeps its results up to date as {@code model} changes, checking
     *         again only what a change affects; {@link AnalysisSession#dispose() dispose} it after use
     */
    public static AnalysisSession session(DataFlowModel model, LegalFacts facts, AnalysisOptions options) {
        return new AnalysisSession(model, facts, options);
    }

    /** @return the date whose facts apply: the option's, else the model's, else today */
    public static LocalDate asOf(DataFlowModel model, AnalysisOptions options) {
        if (options.asOf() != null) {
            return options.asOf();
        }
        return model.getAsOf() != null ? model.getAsOf() : LocalDate.now();
    }
}
