package org.carejournal.analysis;

import java.util.OptionalDouble;

/**
 * How many planned doses of a period were taken.
 *
 * @param medicationId the medicine, or null for the figure over all medicines
 * @param due          planned doses due in the period, up to now
 * @param taken        of those, the ones recorded as taken (at their time or another)
 */
public record AdherenceFigure(Long medicationId, String name, int due, int taken) {

    public AdherenceFigure {
        if (taken < 0 || taken > due) throw new IllegalArgumentException("Taken must be between 0 and due");
    }

    /** Taken as a percentage of due, 0 to 100; empty when nothing was due. */
    public OptionalDouble percent() {
        return due == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * taken / due);
    }
}
