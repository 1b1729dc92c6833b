// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.util.EcoreUtil;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.model.merge.Conflict;
import privflow.model.merge.ModelMerge;
import privflow.model.merge.Side;
import privflow.register.Changes;

/**
 * What a team on git waits for on a large model: the semantic diff of two versions (as
 * {@code privflow diff} does it: two loads and two analyses side by side, the comparison) against
 * two loads of the same files in the same run (each diff right after two loads, so that the
 * machine's drift bills both alike), and the three-way merge (three loads, the merge, the save)
 * against three loads. The newer version renames every 50th activity and drops every 100th flow;
 * the two sides of the merge split those edits. Arguments: services flows activities runs.
 */
public final class TeamBenchmark {

    private TeamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs a = BenchmarkArgs.parse(args, 5000, 50000, 2000);
        int runs = a.runs();
        Path base = a.generate("base.privflow");
        Path dir = base.getParent();
        DataFlowModel model = ModelStore.load(base);
        DataFlowModel ours = EcoreUtil.copy(model);
        DataFlowModel theirs = EcoreUtil.copy(model);
        for (int i = 0; i < ours.getActivities().size(); i += 50) {
            ours.getActivities().get(i).setName("Renamed activity " + i);
        }
        for (int i = theirs.getFlows().size() - 1; i >= 0; i -= 100) {
            theirs.getFlows().remove(i);
        }
        DataFlowModel both = EcoreUtil.copy(ours);
        for (int i = both.getFlows().size() - 1; i >= 0; i -= 100) {
            both.getFlows().remove(i);
        }
        Path oursFile = dir.resolve("ours.privflow");
        Path theirsFile = dir.resolve("theirs.privflow");
        Path newer = dir.resolve("newer.privflow");
        ModelStore.save(ours, oursFile);
        ModelStore.save(theirs, theirsFile);
        ModelStore.save(both, newer);
        System.out.printf("model: %d services, %d flows, %d activities; file %s%n", a.services(), a.flows(), a.activities(),
                Measure.mb(Files.size(base)));

        double emfFloor = Floor.emfPlainLoadMillis(base, 2, runs);
        Changes[] last = new Changes[1];
        Measure.Pair diffs = Measure.interleaved(2, runs, () -> {
            ModelStore.load(base);
            ModelStore.load(newer);
        }, () -> last[0] = diff(base, newer));
        double twoLoads = diffs.floor();
        double diff = diffs.task();
        Analysed[] sides = new Analysed[2];
        double loadAndAnalyse = Measure.medianMillis(2, runs, () -> {
            CompletableFuture<Analysed> before = CompletableFuture.supplyAsync(() -> Analysed.of(base));
            sides[1] = Analysed.of(newer);
            sides[0] = before.join();
        });
        double compare = Measure.medianMillis(2, runs, () -> Changes.between(sides[0].model(), sides[0].result(), sides[1].model(),
                sides[1].result(), Locale.ENGLISH, LocalDate.of(2026, 12, 7)));
        double threeLoads = Measure.medianMillis(2, runs, () -> {
            ModelStore.load(base);
            ModelStore.load(oursFile);
            ModelStore.load(theirsFile);
        });
        byte[][] merged = new byte[1][];
        @SuppressWarnings("unchecked")
        List<Conflict>[] conflicts = new List[1];
        double merge = Measure.medianMillis(2, runs, () -> {
            DataFlowModel result = ModelStore.load(oursFile);
            conflicts[0] = ModelMerge.merge(ModelStore.load(base), result, ModelStore.load(theirsFile), c -> Side.OURS);
            merged[0] = ModelStore.toBytes(result);
        });

        System.out.printf("floor: EMF plain XMI load of one version  %8.1f ms%n", emfFloor);
        System.out.printf("floor: two privflow loads                 %8.1f ms%n", twoLoads);
        System.out.printf("diff (2 loads, 2 analyses, comparison)    %8.1f ms   ratio to two loads %.2f%n", diff, diff / twoLoads);
        System.out.printf("  each diff right after two loads: median ratio %.2f, lowest %.2f, highest %.2f (%d pairs)%n", diffs.ratio(),
                diffs.lowest(), diffs.highest(), runs);
        System.out.printf("  of which: loads and analyses side by side %8.1f ms, the comparison %8.1f ms%n", loadAndAnalyse, compare);
        System.out.printf("floor: three privflow loads               %8.1f ms%n", threeLoads);
        System.out.printf("merge (3 loads, merge, save to bytes)     %8.1f ms   ratio to three loads %.2f%n", merge, merge / threeLoads);
        System.out.printf("changes found: %d; merge conflicts: %d; merge equals applying both: %s%n", last[0].changes().size(),
                conflicts[0].size(), java.util.Arrays.equals(merged[0], Files.readAllBytes(newer)));
        if (last[0].isEmpty() || !conflicts[0].isEmpty() || !java.util.Arrays.equals(merged[0], Files.readAllBytes(newer))) {
            throw new IllegalStateException("benchmark sanity check failed");
        }
        for (Path p : List.of(base, oursFile, theirsFile, newer)) {
            Files.delete(p);
        }
        Files.delete(dir);
    }

    /** As {@code privflow diff} does it: the two versions loaded and analysed side by side, then compared. */
    private static Changes diff(Path older, Path newer) throws Exception {
        CompletableFuture<Analysed> before = CompletableFuture.supplyAsync(() -> Analysed.of(older));
        Analysed after = Analysed.of(newer);
        Analysed was = before.join();
        return Changes.between(was.model(), was.result(), after.model(), after.result(), Locale.ENGLISH, LocalDate.of(2026, 12, 7));
    }

    private record Analysed(DataFlowModel model, AnalysisResult result) {

        static Analysed of(Path file) {
            try {
                DataFlowModel model = ModelStore.load(file);
                return new Analysed(model, Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
