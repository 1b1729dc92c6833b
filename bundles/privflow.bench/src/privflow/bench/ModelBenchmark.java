// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;

/**
 * Load and save of a large generated model, against a floor measured in the same run: EMF's
 * fastest plain XMI load of the same file (intrinsic id map, deferred id resolution, parser pool,
 * name-to-feature map), without privflow's checks. Arguments: services flows activities runs.
 */
public final class ModelBenchmark {

    private ModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs a = BenchmarkArgs.parse(args, 5000, 50000, 2000);
        int runs = a.runs();
        Path file = a.generate("large.privflow");
        Path dir = file.getParent();
        System.out.printf("model: %d services, %d flows, %d activities; file %s%n", a.services(), a.flows(), a.activities(),
                Measure.mb(Files.size(file)));

        double floor = Floor.emfPlainLoadMillis(file, 2, runs);
        double load = Measure.medianMillis(2, runs, () -> ModelStore.load(file));
        DataFlowModel loaded = ModelStore.load(file);
        Path copy = dir.resolve("copy.privflow");
        double save = Measure.medianMillis(1, runs, () -> ModelStore.save(loaded, copy));
        boolean identical = java.util.Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(copy));

        long before = Measure.usedHeap();
        Resource kept = ModelStore.load(file).eResource();
        long heap = Measure.usedHeap() - before;

        System.out.printf("floor: EMF plain XMI load   %8.1f ms%n", floor);
        System.out.printf("privflow load (ModelStore)  %8.1f ms   ratio to floor %.2f%n", load, load / floor);
        System.out.printf("privflow save (atomic)      %8.1f ms   ratio to floor %.2f%n", save, save / floor);
        System.out.printf("heap of the loaded model    %8s%n", Measure.mb(heap));
        System.out.printf("save of unchanged model is byte-identical: %s%n", identical);
        if (kept.getContents().isEmpty() || !identical) {
            throw new IllegalStateException("benchmark sanity check failed");
        }
        Files.delete(copy);
        Files.delete(file);
        Files.delete(dir);
    }
}
