package org.carejournal.report;

import java.time.LocalDate;

/**
 * The days a calendar export covers: {@code months} months from a first day, that day included and the
 * same day {@code months} later left out (1 March for 3 months covers 1 March to 31 May).
 *
 * @param from first day exported
 * @param last last day exported (inclusive)
 */
public record IcsWindow(LocalDate from, LocalDate last) {

    /** The fewest and most months an export covers: a longer plan is better exported again later. */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 24;

    public IcsWindow {
        if (from == null || last == null) throw new IllegalArgumentException("An export needs its first and last day");
        if (last.isBefore(from)) throw new IllegalArgumentException("An export cannot end before it starts");
    }

    /** The window of {@code months} months from {@code from}; months must be 1 to 24. */
    public static IcsWindow months(LocalDate from, int months) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("The number of months must be " + MIN_MONTHS + " to " + MAX_MONTHS
                    + ", not " + months);
        }
        return new IcsWindow(from, from.plusMonths(months).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(last);
    }
}
