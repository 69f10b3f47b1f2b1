package org.carejournal.app.bench;

import java.util.Arrays;
import java.util.function.IntSupplier;

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

    /** The median time of {@code work}, which returns a count that must not be 0 (so it did real work). */
    static double countedMedian(int warmups, int runs, String metric, IntSupplier work) {
        return median(warmups, runs, () -> {
            long start = System.nanoTime();
            int n = work.getAsInt();
            double took = msSince(start);
            if (n == 0) throw new IllegalStateException(metric + " found nothing to work on");
            return took;
        });
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
