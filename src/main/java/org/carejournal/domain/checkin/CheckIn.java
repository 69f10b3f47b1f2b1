package org.carejournal.domain.checkin;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One day's check-in: a 0–10 rating per symptom (keyed by {@link Symptom#id()}), the warning signs
 * ticked, an optional temperature and a note. There is at most one per person and day; pain entries
 * are kept apart because a day may have several.
 *
 * @param temperature null when not taken
 */
public record CheckIn(long id, LocalDate date, Map<Long, Integer> ratings, Set<WarningSign> signs,
                      Temperature temperature, String note) {

    public CheckIn {
        for (Map.Entry<Long, Integer> e : ratings.entrySet()) {
            int r = e.getValue();
            if (r < 0 || r > 10) throw new IllegalArgumentException("A rating is 0 to 10, not " + r);
        }
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        signs = signs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signs));
        note = note == null ? "" : note.strip();
    }

    /** The rating of one symptom, or null when it was not rated that day. */
    public Integer rating(long symptomId) { return ratings.get(symptomId); }

    public CheckIn withId(long newId) { return new CheckIn(newId, date, ratings, signs, temperature, note); }
}
