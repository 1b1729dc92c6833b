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

    private static double[] lastTimes = new double[0];

    private Measure() {
    }

    /** @return the fastest and the slowest of the last {@link #medianMillis} runs, e.g. "61.0-66.2 ms" */
    static String lastRange() {
        return lastTimes.length == 0 ? "" : String.format("%.1f-%.1f ms", lastTimes[0], lastTimes[lastTimes.length - 1]); //$NON-NLS-1$
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
        lastTimes = times;
        return times[runs / 2];
    }

    /**
     * What {@link #interleaved} measured.
     *
     * @param floor the floor's median, ms
     * @param task the task's median, ms
     * @param ratio the median of the runs' ratios of task to floor
     * @param lowest the lowest of those ratios
     * @param highest the highest
     */
    record Pair(double floor, double task, double ratio, double lowest, double highest) {
    }

    /**
     * Runs {@code floor} and {@code task} in turn, {@code runs} times after {@code warmups} (each
     * run after a full collection), so that the machine's drift during the run bills both alike.
     */
    static Pair interleaved(int warmups, int runs, Task floor, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            floor.run();
            task.run();
        }
        double[] floors = new double[runs];
        double[] tasks = new double[runs];
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) {
            floors[i] = timed(floor);
            tasks[i] = timed(task);
            ratios[i] = tasks[i] / floors[i];
        }
        Arrays.sort(floors);
        Arrays.sort(tasks);
        Arrays.sort(ratios);
        return new Pair(floors[runs / 2], tasks[runs / 2], ratios[runs / 2], ratios[0], ratios[runs - 1]);
    }

    private static double timed(Task task) throws Exception {
        System.gc();
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e6;
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

    /**
     * @return the bytes all threads have allocated so far (the JDK's
     *         {@code com.sun.management.ThreadMXBean}), or -1 where the JVM does not tell
     */
    static long allocatedBytes() {
        try {
            Class<?> bean = Class.forName("com.sun.management.ThreadMXBean"); //$NON-NLS-1$
            return (Long) bean.getMethod("getTotalThreadAllocatedBytes").invoke(java.lang.management.ManagementFactory.getThreadMXBean()); //$NON-NLS-1$
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /** @return the JVM the figures come from: version, collector, heap, cores */
    static String jvm() {
        String collectors = String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        return String.format("JVM: Java %s, collectors %s, heap %d MB, %d cores", Runtime.version(), collectors,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
