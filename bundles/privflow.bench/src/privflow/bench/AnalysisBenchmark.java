// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.AnalysisSession;
import privflow.core.Catalogues;
import privflow.core.LegalFacts;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.Service;
import privflow.model.io.ModelStore;

/**
 * Full analysis of a large generated model against the floor of EMF's fastest plain XMI load of
 * the same file (target: analysis at most a quarter of that), re-analysis after single edits
 * (target: under 10 ms), and the heap the results hold (target: under 100 MB).
 * Arguments: services flows activities runs.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs a = BenchmarkArgs.parse(args, 5000, 50000, 2000);
        int runs = a.runs();
        Path file = a.generate("large.privflow");

        double floor = Floor.emfPlainLoadMillis(file, 5, runs);

        DataFlowModel model = ModelStore.load(file);
        LegalFacts facts = Catalogues.facts(null, model);
        AnalysisResult[] last = new AnalysisResult[1];
        double analysis = Measure.medianMillis(10, runs, () -> last[0] = Analysis.run(model, facts, AnalysisOptions.DEFAULT));
        String range = Measure.lastRange();
        long allocatedBefore = Measure.allocatedBytes();
        Analysis.run(model, facts, AnalysisOptions.DEFAULT);
        long allocated = Measure.allocatedBytes() - allocatedBefore;
        int findings = last[0].findings().size();
        int transfers = last[0].transfers().size();
        last[0] = null;

        long before = Measure.usedHeap();
        AnalysisResult kept = Analysis.run(model, facts, AnalysisOptions.DEFAULT);
        long resultHeap = Measure.usedHeap() - before;

        AnalysisSession session = Analysis.session(model, facts, AnalysisOptions.DEFAULT);
        session.result();
        Organisation organisation = model.getOrganisations().get(7);
        Service service = model.getServices().get(11);
        double dpfEdit = Measure.medianMillis(5, 21, () -> {
            organisation.setDpfCertified(!organisation.isDpfCertified());
            session.refresh();
        });
        double locationEdit = Measure.medianMillis(5, 21, () -> {
            String country = service.getLocations().get(0).getCountry();
            service.getLocations().get(0).setCountry("IN".equals(country) ? "FI" : "IN");
            session.refresh();
        });
        double channelEdit = Measure.medianMillis(5, 21, () -> {
            var flow = model.getFlows().get(123);
            flow.setChannel(privflow.model.Channel.get((flow.getChannel().getValue() + 1) % 12));
            session.refresh();
        });
        double referenceEdit = Measure.medianMillis(3, 11, () -> {
            var flow = model.getFlows().get(456);
            flow.setTarget(model.getServices().get(flow.getTarget() == model.getServices().get(1) ? 2 : 1));
            session.refresh();
        });
        double listing = Measure.medianMillis(3, 11, () -> {
            organisation.setDpfCertified(!organisation.isDpfCertified());
            session.result();
        });
        session.dispose();

        System.out.printf("model: %d services, %d flows, %d activities; %d transfers, %d findings%n", a.services(), a.flows(),
                a.activities(), transfers, findings);
        System.out.printf("floor: EMF plain XMI load            %8.1f ms%n", floor);
        System.out.printf("full analysis                        %8.1f ms   ratio to floor %.2f (target <= 0.25); runs %s%n", analysis,
                analysis / floor, range);
        System.out.printf("allocated by one full analysis        %8s (%d bytes per flow)%n", Measure.mb(allocated),
                allocated / a.flows());
        System.out.printf("re-analysis, DPF flag of an organisation %6.2f ms%n", dpfEdit);
        System.out.printf("re-analysis, country of a location   %8.2f ms%n", locationEdit);
        System.out.printf("re-analysis, channel of a flow       %8.2f ms%n", channelEdit);
        System.out.printf("re-analysis, target of a flow         %8.2f ms%n", referenceEdit);
        System.out.printf("edit + full ordered result list      %8.2f ms%n", listing);
        System.out.printf("heap of the analysis result          %8s (target < 100 MB)%n", Measure.mb(resultHeap));
        if (kept.findings().isEmpty()) {
            throw new IllegalStateException("no findings");
        }
        Files.delete(file);
        Files.delete(file.getParent());
    }
}
