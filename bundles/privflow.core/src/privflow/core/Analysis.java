// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import privflow.core.internal.Engine;
import privflow.core.internal.ModelIndex;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
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
        LocalDate asOf = asOf(model, options);
        ModelIndex index = ModelIndex.oneShot(model);
        List<DataFlow> flows = model.getFlows();
        int chunks = chunks(flows.size());
        List<Finding> findings = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        Engine engine = new Engine(index, all, options, asOf);
        if (chunks == 1) {
            analyseFlows(engine, flows, findings, transfers);
        } else {
            index.prepareForConcurrentReads();
            engine.computeDestinations();
            int size = (flows.size() + chunks - 1) / chunks;
            List<Object[]> parts = IntStream.range(0, chunks).parallel().mapToObj(i -> {
                List<Finding> f = new ArrayList<>();
                List<Transfer> t = new ArrayList<>();
                analyseFlows(engine.sibling(),
                        flows.subList(i * size, Math.min(flows.size(), (i + 1) * size)), f, t);
                return new Object[]{f, t};
            }).toList();
            for (Object[] part : parts) {
                findings.addAll(castFindings(part[0]));
                transfers.addAll(castTransfers(part[1]));
            }
        }
        for (Service service : model.getServices()) {
            findings.addAll(engine.check(service));
        }
        for (ProcessingActivity activity : model.getActivities()) {
            findings.addAll(engine.check(activity));
        }
        for (Organisation organisation : model.getOrganisations()) {
            findings.addAll(engine.check(organisation));
        }
        AnalysisSession.applyReviews(model, findings);
        return new AnalysisResult(findings, transfers, asOf, all);
    }

    /** Large models are split into chunks analysed in parallel; small ones are not worth it. */
    private static int chunks(int flows) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || flows < 8192) {
            return 1;
        }
        return Math.min(4 * cores, flows / 2048);
    }

    private static void analyseFlows(Engine engine, List<DataFlow> flows, List<Finding> findings, List<Transfer> transfers) {
        for (DataFlow flow : flows) {
            List<Transfer> t = engine.transfers(flow);
            transfers.addAll(t);
            findings.addAll(engine.check(flow, t));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> castFindings(Object list) {
        return (List<Finding>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Transfer> castTransfers(Object list) {
        return (List<Transfer>) list;
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
