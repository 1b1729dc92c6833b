// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.model.DataFlowModel;
import privflow.register.Register;
import privflow.register.RegisterFormat;

/**
 * The register of a generated model in every format: wall time and the peak heap the writer needs
 * beyond the register itself. XLSX is written for two sizes of model to show that the writer
 * streams (its extra heap does not grow with the rows). Arguments: services flows activities
 * [xlsx-streaming] (the last to run only that comparison).
 */
public final class RegisterBenchmark {

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs a = BenchmarkArgs.parse(args, 1000, 10000, 2000);
        int services = a.services();
        int flows = a.flows();
        int activities = a.activities();
        Path dir = Files.createTempDirectory("privflow-register-bench");
        try {
            Register register = register(services, flows, activities);
            int rows = register.sections().stream().mapToInt(s -> s.rows().size()).sum();
            System.out.printf("model: %d services, %d flows, %d activities; register of %d rows%n", services, flows,
                    activities, rows);
            boolean streamingOnly = args.length > 3 && "xlsx-streaming".equals(args[3]); //$NON-NLS-1$
            for (RegisterFormat format : streamingOnly ? new RegisterFormat[0] : RegisterFormat.values()) {
                Path out = dir.resolve("register." + format.extension());
                format.write(register, out);
                long[] peak = new long[1];
                double millis = Measure.medianMillis(0, format == RegisterFormat.PDF ? 1 : 3,
                        () -> peak[0] = Math.max(peak[0], peakExtraHeap(() -> format.write(register, out))));
                System.out.printf("%-5s %9.0f ms   %10s   extra heap at peak %s%n", format, millis, Measure.mb(size(out)),
                        Measure.mb(peak[0]));
            }
            Register quarter = register(services / 4, flows / 4, activities / 4);
            Path small = dir.resolve("small.xlsx");
            RegisterFormat.XLSX.write(quarter, small);
            long smallPeak = peakExtraLiveHeap(() -> RegisterFormat.XLSX.write(quarter, small));
            long fullPeak = peakExtraLiveHeap(() -> RegisterFormat.XLSX.write(register, dir.resolve("register.xlsx")));
            System.out.printf("XLSX streaming: extra live heap %s for %d rows, %s for %d rows (ratio %.2f for %.1fx the rows)%n",
                    Measure.mb(smallPeak), quarter.sections().stream().mapToInt(s -> s.rows().size()).sum(),
                    Measure.mb(fullPeak), rows, (double) fullPeak / Math.max(1, smallPeak),
                    (double) rows / quarter.sections().stream().mapToInt(s -> s.rows().size()).sum());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Register register(int services, int flows, int activities) throws Exception {
        DataFlowModel model = new LargeModelGenerator(1).generate(services, flows, activities);
        AnalysisResult result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        return Register.of(model, result, Locale.ENGLISH, LocalDate.of(2026, 11, 24));
    }

    private static long size(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return Files.size(out);
        }
        try (Stream<Path> files = Files.list(out)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    /** @return the most heap in use while {@code task} ran, minus what was in use before it */
    private static long peakExtraHeap(Measure.Task task) throws Exception {
        return peakExtraHeap(task, false);
    }

    /**
     * @return the most heap reachable while {@code task} ran (sampled after a full collection every
     *         few milliseconds, so garbage does not count), minus what was reachable before it
     */
    private static long peakExtraLiveHeap(Measure.Task task) throws Exception {
        return peakExtraHeap(task, true);
    }

    private static long peakExtraHeap(Measure.Task task, boolean live) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = Measure.usedHeap();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (live) {
                    memory.gc();
                }
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(live ? 5 : 1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            task.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return Math.max(0, peak.get() - before);
    }
}
