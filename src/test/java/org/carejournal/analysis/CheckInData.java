package org.carejournal.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.Symptom;

/** Small builders for check-in test data: days counted from a fixed date. */
final class CheckInData {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    private CheckInData() {}

    static LocalDate day(int n) {
        return D.plusDays(n);
    }

    static Symptom symptom(long id, String name) {
        return new Symptom(id, null, name, false, (int) id);
    }

    /** A check-in on day {@code n}; {@code idAndRating} alternates symptom id and rating. */
    static CheckIn checkIn(int n, String note, int... idAndRating) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < idAndRating.length; i += 2) ratings.put((long) idAndRating[i], idAndRating[i + 1]);
        return new CheckIn(0, day(n), ratings, Set.of(), null, note);
    }

    /** A pain entry on day {@code n} at {@code hour}. */
    static PainEntry pain(int n, int hour, Integer now, Integer worst, Integer average) {
        return new PainEntry(0, day(n).atTime(hour, 0), now, worst, average, Set.of(), false, "", null);
    }
}
