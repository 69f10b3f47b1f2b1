package org.carejournal.analysis;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** One week of the adherence chart: planned doses due that week (Monday to Sunday) and how many were taken. */
public record AdherencePoint(LocalDate weekStart, int due, int taken) {

    /** Taken as a percentage of due; empty for a week with nothing due. */
    public OptionalDouble percent() {
        return due == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * taken / due);
    }
}
