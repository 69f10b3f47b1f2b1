package org.carejournal.analysis;

import java.time.LocalDate;

/**
 * One day's pain, summed up from that day's entries (see {@link PainTrend#daily}).
 *
 * @param worst        the highest rating of the day (each entry's {@code highest()}); null when no entry
 *                     that day gave a "now" or "worst" rating
 * @param average      mean of the entries' "average pain" ratings; null when none was given
 * @param rollingMean7 mean of the daily worst over the 7 calendar days ending this day; null when fewer
 *                     than {@link PainTrend#MIN_DAYS_FOR_MEAN} of those days have a worst rating
 */
public record DailyPain(LocalDate date, Integer worst, Double average, Double rollingMean7) {}
