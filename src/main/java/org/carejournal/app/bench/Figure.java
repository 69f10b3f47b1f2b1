package org.carejournal.app.bench;

import java.util.Locale;

/** One measured figure, printed as {@code metric value unit}. */
public record Figure(String metric, double value, String unit) {

    /** The value with one decimal, or none for whole counts: "12.3", "854". */
    public String valueText() {
        return format(value);
    }

    @Override
    public String toString() {
        return metric + " " + valueText() + " " + unit;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
