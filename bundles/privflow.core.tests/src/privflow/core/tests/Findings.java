// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import java.util.List;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.Rule;
import privflow.model.DataFlowModel;

/** Runs the analysis with the shipped catalogue and picks findings of one rule. */
final class Findings {

    private Findings() {
    }

    static LegalFacts facts(DataFlowModel model) {
        try {
            return Catalogues.facts(null, model);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static AnalysisResult run(DataFlowModel model) {
        return Analysis.run(model, facts(model), AnalysisOptions.DEFAULT);
    }

    static AnalysisResult run(DataFlowModel model, String scenario) {
        return Analysis.run(model, facts(model).withScenario(scenario), AnalysisOptions.DEFAULT);
    }

    static List<Finding> of(AnalysisResult result, Rule rule) {
        return result.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    static List<Finding> of(DataFlowModel model, Rule rule) {
        return of(run(model), rule);
    }
}
