package org.carejournal.app.bench;

import java.util.Map;

/**
 * A speed budget: a figure must stay at or under a limit, either fixed ({@code journal.open.ms <= 150})
 * or a multiple of another figure ({@code startup.firstFrame.ms <= 1.5 x startup.emptyWindow.ms}).
 *
 * @param relativeTo the figure the limit is a multiple of; null for a fixed limit
 */
record Budget(String metric, double limit, String relativeTo) {

    static Budget atMost(String metric, double limit) {
        return new Budget(metric, limit, null);
    }

    static Budget timesAtMost(String metric, double factor, String relativeTo) {
        return new Budget(metric, factor, relativeTo);
    }

    /**
     * The report line, e.g. {@code journal.open.ms 12.3 <= 150 OK} or {@code ... OVER};
     * says "not measured" when a figure is missing (startup without a display).
     */
    String line(Map<String, Figure> figures) {
        Figure f = figures.get(metric);
        if (relativeTo == null) {
            if (f == null) return metric + " not measured (budget <= " + Figure.format(limit) + ")";
            return metric + " " + f.valueText() + " <= " + Figure.format(limit) + " " + verdict(f.value() <= limit);
        }
        Figure base = figures.get(relativeTo);
        String rule = Figure.format(limit) + " x " + relativeTo;
        if (f == null || base == null) return metric + " not measured (budget <= " + rule + ")";
        double max = limit * base.value();
        return metric + " " + f.valueText() + " <= " + rule + " = " + Figure.format(max) + " " + verdict(f.value() <= max);
    }

    /** True when the figure was measured and is over its budget. */
    boolean over(Map<String, Figure> figures) {
        Figure f = figures.get(metric);
        if (f == null) return false;
        if (relativeTo == null) return f.value() > limit;
        Figure base = figures.get(relativeTo);
        return base != null && f.value() > limit * base.value();
    }

    private static String verdict(boolean ok) {
        return ok ? "OK" : "OVER";
    }
}
