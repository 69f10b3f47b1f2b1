package org.carejournal.domain;

import java.util.Locale;

/**
 * A unit a lab may report a test in, and how to turn a value in it into the test's canonical unit.
 *
 * @param symbol      the unit as shown to people, e.g. {@code nmol/L}
 * @param toCanonical multiply a value in this unit by this factor to get the canonical unit
 */
public record LabUnit(String symbol, double toCanonical) {

    /**
     * The value in the test's canonical unit, rounded to 9 decimals so that binary noise
     * (131 g/L → 13.100000000000001 g/dL) does not make the same reading look different.
     */
    public double toCanonical(double value) {
        return Math.round(value * toCanonical * 1e9) / 1e9;
    }

    /** True when {@code text} names this unit, ignoring case, spaces and the µ/u/mc spellings of micro. */
    public boolean matches(String text) {
        return text != null && normalise(text).equals(normalise(symbol));
    }

    static String normalise(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT)
                .replace(" ", "")
                .replace('μ', 'µ')   // Greek mu and the micro sign look alike; labs use both
                .replace("mcg", "µg")
                .replace("umol", "µmol")
                .replace("ug", "µg")
                .replace("ukat", "µkat")
                .replace("iu/l", "u/l");
    }
}
