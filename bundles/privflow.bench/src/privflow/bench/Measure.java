// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.util.Arrays;

/** Small timing and heap helpers for the plain benchmark harnesses. */
final class Measure {

    /** Something to time that may throw. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private Measure() {
    }

    /**
     * @return the median wall time of {@code runs} runs, in milliseconds, after {@code warmups};
     *         each run starts after a full collection, so one run's garbage does not bill the next
     */
    static double medianMillis(int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** @return the heap in use after a full collection, in bytes */
    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
