package org.carejournal.domain.checkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * One pain record; a day may have several, each with its time. Ratings are 0–10 and each may be
 * left out (null).
 *
 * @param rescueMedicine empty unless {@code breakthrough}
 * @param helped         null unless {@code breakthrough} and answered
 */
public record PainEntry(long id, LocalDateTime takenAt, Integer now, Integer worst, Integer average,
                        Set<BodyRegion> sites, boolean breakthrough, String rescueMedicine, RescueEffect helped) {

    public PainEntry {
        sites = sites.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sites));
        rescueMedicine = rescueMedicine == null ? "" : rescueMedicine.strip();
        requireRating(now);
        requireRating(worst);
        requireRating(average);
    }

    private static void requireRating(Integer r) {
        if (r != null && (r < 0 || r > 10)) throw new IllegalArgumentException("A rating is 0 to 10, not " + r);
    }

    public LocalDate date() { return takenAt.toLocalDate(); }

    /** The highest rating this entry gives (worst in 24 h, else now), or null when none was given. */
    public Integer highest() {
        if (worst != null && now != null) return Math.max(worst, now);
        return worst != null ? worst : now;
    }

    public PainEntry withId(long newId) {
        return new PainEntry(newId, takenAt, now, worst, average, sites, breakthrough, rescueMedicine, helped);
    }
}
