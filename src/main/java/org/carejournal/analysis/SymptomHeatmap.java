package org.carejournal.analysis;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.Symptom;

/**
 * Symptom ratings by day: one row per shown symptom, one column per calendar day, for the heatmap.
 * Ratings sit in one byte array (a year of 18 symptoms is 6.5 kB), so building and drawing stay cheap
 * even over ten years.
 */
public final class SymptomHeatmap {
    /** What {@link #rating} returns for a day with no rating of that symptom. */
    public static final int NOT_RATED = -1;

    private final LocalDate first;
    private final int dayCount;
    private final List<Symptom> symptoms;
    private final byte[] ratings;
    private final String[] notes;

    private SymptomHeatmap(LocalDate first, int dayCount, List<Symptom> symptoms) {
        this.first = first;
        this.dayCount = dayCount;
        this.symptoms = List.copyOf(symptoms);
        this.ratings = new byte[dayCount * symptoms.size()];
        this.notes = new String[dayCount];
        Arrays.fill(ratings, (byte) NOT_RATED);
    }

    /**
     * @param checkIns       the check-ins (any order); those outside the range are left out
     * @param shownSymptoms  the rows, in order (hidden symptoms are the caller's to leave out)
     * @param range          the days to show; an open start begins at the first check-in, an open end at
     *                       {@code today}. An open start with no check-ins gives no days at all.
     */
    public static SymptomHeatmap build(List<CheckIn> checkIns, List<Symptom> shownSymptoms, DateRange range,
                                       LocalDate today) {
        LocalDate from = range.from() != null ? range.from() : firstDate(checkIns);
        LocalDate to = range.to() != null ? range.to() : today;
        int count = from == null || to.isBefore(from) ? 0 : Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
        SymptomHeatmap map = new SymptomHeatmap(from, count, shownSymptoms);
        for (CheckIn c : checkIns) {
            int day = map.dayIndex(c.date());
            if (day < 0) continue;
            for (int s = 0; s < map.symptoms.size(); s++) {
                Integer r = c.rating(map.symptoms.get(s).id());
                if (r != null) map.ratings[s * count + day] = r.byteValue();
            }
            if (!c.note().isEmpty()) map.notes[day] = c.note();
        }
        return map;
    }

    private static LocalDate firstDate(List<CheckIn> checkIns) {
        LocalDate first = null;
        for (CheckIn c : checkIns) if (first == null || c.date().isBefore(first)) first = c.date();
        return first;
    }

    /** Every calendar day shown, oldest first. */
    public List<LocalDate> days() {
        return new Days();
    }

    public int dayCount() { return dayCount; }

    /** The rows, in the order given. */
    public List<Symptom> symptoms() { return symptoms; }

    /** The rating 0–10, or {@link #NOT_RATED}. */
    public int rating(int symptomIndex, int dayIndex) {
        if (symptomIndex < 0 || symptomIndex >= symptoms.size()) throw new IndexOutOfBoundsException(symptomIndex);
        if (dayIndex < 0 || dayIndex >= dayCount) throw new IndexOutOfBoundsException(dayIndex);
        return ratings[symptomIndex * dayCount + dayIndex];
    }

    /** That day's check-in note, or "" when there is none. */
    public String note(int dayIndex) {
        String n = notes[dayIndex];
        return n == null ? "" : n;
    }

    /** The column of {@code date}, or -1 when it is not shown. */
    public int dayIndex(LocalDate date) {
        if (first == null) return -1;
        long i = date.toEpochDay() - first.toEpochDay();
        return i < 0 || i >= dayCount ? -1 : (int) i;
    }

    /** True when not one shown symptom has a rating in the range. */
    public boolean noRatings() {
        for (byte b : ratings) if (b != NOT_RATED) return false;
        return true;
    }

    private final class Days extends AbstractList<LocalDate> implements RandomAccess {
        @Override
        public LocalDate get(int index) {
            if (index < 0 || index >= dayCount) throw new IndexOutOfBoundsException(index);
            return first.plusDays(index);
        }

        @Override
        public int size() { return dayCount; }
    }
}
