package org.carejournal.app.bench;

import java.util.Arrays;

/** Runs a piece of work several times and keeps the median, so one slow run (a GC, the disk) does not decide. */
final class Timing {
    private Timing() {}

    /** One run: does its own untimed setup, and returns the milliseconds of the timed part. */
    @FunctionalInterface
    interface Run {
        double timedMs() throws Exception;
    }

    /** The median of {@code runs} timed runs after {@code warmups} untimed ones (JIT, caches, the SQLite library). */
    static double median(int warmups, int runs, Run run) {
        try {
            for (int i = 0; i < warmups; i++) run.timedMs();
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) ms[i] = run.timedMs();
            return median(ms);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
