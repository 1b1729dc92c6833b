// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Scenario;

/**
 * Which flows change status under a what-if scenario (e.g. "DPF no longer valid") compared with
 * the baseline, and which findings appear or go.
 *
 * @param scenario the scenario compared
 * @param baseline the analysis without it
 * @param changed the analysis with it
 * @param flowChanges the flows whose transfer status differs, in model order
 * @param newFindings findings raised only under the scenario
 * @param goneFindings findings raised only in the baseline
 */
public record ScenarioComparison(Scenario scenario, AnalysisResult baseline, AnalysisResult changed,
        List<FlowChange> flowChanges, List<Finding> newFindings, List<Finding> goneFindings) {

    /** The chapter V status of a flow: the weakest ground among its transfers. */
    public enum FlowStatus {
        NO_TRANSFER, ADEQUACY, SAFEGUARD, DEROGATION, UNCOVERED;

        static Map<DataFlow, Set<Transfer.Coverage>> coverages(AnalysisResult result) {
            Map<DataFlow, Set<Transfer.Coverage>> map = new HashMap<>();
            for (Transfer t : result.transfers()) {
                map.computeIfAbsent(t.flow(), f -> EnumSet.noneOf(Transfer.Coverage.class)).add(t.coverage());
            }
            return map;
        }

        static FlowStatus of(Set<Transfer.Coverage> coverages) {
            if (coverages == null || coverages.isEmpty()) {
                return NO_TRANSFER;
            }
            if (coverages.contains(Transfer.Coverage.NONE) || coverages.contains(Transfer.Coverage.OUT_OF_ADEQUACY_SCOPE)) {
                return UNCOVERED;
            }
            if (coverages.contains(Transfer.Coverage.DEROGATION)) {
                return DEROGATION;
            }
            return coverages.contains(Transfer.Coverage.SAFEGUARD) ? SAFEGUARD : ADEQUACY;
        }
    }

    /** A flow whose status differs under the scenario. */
    public record FlowChange(DataFlow flow, FlowStatus before, FlowStatus after) {
    }

    /**
     * @param scenarioKey a scenario defined in the catalogues
     * @throws IllegalArgumentException if no catalogue defines {@code scenarioKey}
     */
    public static ScenarioComparison compare(DataFlowModel model, LegalFacts facts, AnalysisOptions options,
            String scenarioKey) {
        LegalFacts withScenario = facts.withScenario(scenarioKey);
        AnalysisResult baseline = Analysis.run(model, facts, options);
        AnalysisResult changed = Analysis.run(model, withScenario, options);
        List<FlowChange> changes = new ArrayList<>();
        Map<DataFlow, Set<Transfer.Coverage>> beforeCoverages = FlowStatus.coverages(baseline);
        Map<DataFlow, Set<Transfer.Coverage>> afterCoverages = FlowStatus.coverages(changed);
        for (DataFlow flow : model.getFlows()) {
            FlowStatus before = FlowStatus.of(beforeCoverages.get(flow));
            FlowStatus after = FlowStatus.of(afterCoverages.get(flow));
            if (before != after) {
                changes.add(new FlowChange(flow, before, after));
            }
        }
        return new ScenarioComparison(withScenario.scenario(), baseline, changed, changes,
                difference(changed.findings(), baseline.findings()), difference(baseline.findings(), changed.findings()));
    }

    private static List<Finding> difference(List<Finding> a, List<Finding> b) {
        Set<String> keys = new HashSet<>();
        for (Finding f : b) {
            keys.add(f.key());
        }
        List<Finding> result = new ArrayList<>();
        for (Finding f : a) {
            if (!keys.contains(f.key())) {
                result.add(f);
            }
        }
        return result;
    }
}
