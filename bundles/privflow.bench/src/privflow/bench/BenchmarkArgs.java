// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import privflow.model.io.ModelStore;

/**
 * What every benchmark is given: {@code SERVICES FLOWS ACTIVITIES [RUNS]}, the size of the
 * generated model and how many measured runs to take the median of.
 */
record BenchmarkArgs(int services, int flows, int activities, int runs) {

    /** @return the arguments in {@code args}, with these defaults for those not given (5 runs) */
    static BenchmarkArgs parse(String[] args, int services, int flows, int activities) {
        System.out.println(Measure.jvm());
        return new BenchmarkArgs(get(args, 0, services), get(args, 1, flows), get(args, 2, activities), get(args, 3, 5));
    }

    private static int get(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** @return a file {@code name} in a new temporary folder, holding the generated model (seed 1) */
    Path generate(String name) throws IOException {
        Path file = Files.createTempDirectory("privflow-bench").resolve(name);
        ModelStore.save(new LargeModelGenerator(1).generate(services, flows, activities), file);
        return file;
    }
}
