package org.carejournal.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.PainEntry;

/**
 * Daily pain and its 7-day rolling mean, for the pain chart and the period comparison. Pure; one pass
 * over entries that arrive oldest first: ten years at three entries a day take a few milliseconds.
 */
public final class PainTrend {
    /** The rolling mean covers this many calendar days, ending on the day itself. */
    public static final int WINDOW_DAYS = 7;
    /**
     * Fewer days with a rating than this in the window give no rolling mean: a mean of one or two bad
     * days would look like a trend when it is not one. Four is more than half of the week.
     */
    public static final int MIN_DAYS_FOR_MEAN = 4;

    private PainTrend() {}

    /**
     * The dates to read entries for so that {@link #daily} gets the first week of {@code range} right:
     * the range with its start moved {@code WINDOW_DAYS - 1} days earlier.
     */
    public static DateRange lookback(DateRange range) {
        return range.from() == null ? range : new DateRange(range.from().minusDays(WINDOW_DAYS - 1), range.to());
    }

    /**
     * One {@link DailyPain} for each day in {@code range} that has at least one entry, oldest first.
     * Entries before the range (see {@link #lookback}) count only towards the rolling mean; entries after
     * it are ignored.
     *
     * @param entries pain entries, oldest first (sorted here if they are not)
     */
    public static List<DailyPain> daily(List<PainEntry> entries, DateRange range) {
        List<PainEntry> sorted = inDateOrder(entries);
        LocalDate windowStart = range.from() == null ? null : range.from().minusDays(WINDOW_DAYS - 1);
        List<DailyPain> days = new ArrayList<>();
        Window window = new Window();
        int i = 0;
        while (i < sorted.size()) {
            LocalDate date = sorted.get(i).date();
            Integer worst = null;
            int averageSum = 0;
            int averageCount = 0;
            // Entries of one day sit together once sorted: sum them up in the same pass.
            for (; i < sorted.size() && sorted.get(i).date().equals(date); i++) {
                PainEntry e = sorted.get(i);
                Integer high = e.highest();
                if (high != null && (worst == null || high > worst)) worst = high;
                if (e.average() != null) {
                    averageSum += e.average();
                    averageCount++;
                }
            }
            if (range.to() != null && date.isAfter(range.to())) break;
            if (windowStart != null && date.isBefore(windowStart)) continue;
            Double rolling = window.add(date.toEpochDay(), worst);
            if (range.contains(date)) {
                days.add(new DailyPain(date, worst, averageCount == 0 ? null : (double) averageSum / averageCount, rolling));
            }
        }
        return days;
    }

    private static List<PainEntry> inDateOrder(List<PainEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).date().isBefore(entries.get(i - 1).date())) {
                List<PainEntry> copy = new ArrayList<>(entries);
                copy.sort(Comparator.comparing(PainEntry::date));
                return copy;
            }
        }
        return entries;
    }

    /** The daily worst ratings of the last {@code WINDOW_DAYS} days: at most one per day, so a small ring. */
    private static final class Window {
        private final long[] day = new long[WINDOW_DAYS];
        private final int[] worst = new int[WINDOW_DAYS];
        private int head;
        private int size;
        private int sum;

        /** Adds a day (days must come in increasing order) and returns the rolling mean ending on it. */
        Double add(long epochDay, Integer dayWorst) {
            while (size > 0 && day[head] <= epochDay - WINDOW_DAYS) {
                sum -= worst[head];
                head = (head + 1) % WINDOW_DAYS;
                size--;
            }
            if (dayWorst != null) {
                int slot = (head + size) % WINDOW_DAYS;
                day[slot] = epochDay;
                worst[slot] = dayWorst;
                sum += dayWorst;
                size++;
            }
            return size < MIN_DAYS_FOR_MEAN ? null : (double) sum / size;
        }
    }
}
