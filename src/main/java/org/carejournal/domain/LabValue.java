package org.carejournal.domain;

/**
 * A lab value in the test's canonical unit. A censored value is one the lab reported only as below
 * its detection limit ("&lt;0.1"): {@code value} is then that limit, never a measurement.
 */
public record LabValue(double value, boolean censored) {

    public static LabValue exact(double value) { return new LabValue(value, false); }

    public static LabValue below(double limit) { return new LabValue(limit, true); }

    /** "&lt;0.1" or "4.2", with up to 3 decimals and no trailing zeros. */
    public String display() {
        return (censored ? "<" : "") + Numbers.format(value);
    }
}
