package org.carejournal.domain.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.DateRange;

/** Where a journal keeps daily check-ins. */
public interface CheckIns {

    Optional<CheckIn> on(long personId, LocalDate date);

    /**
     * Saves the day's check-in: a new one, or in place of the one already kept for that date (its
     * ratings are replaced as a whole). Returns it with its id.
     */
    CheckIn save(long personId, CheckIn checkIn);

    /** Check-ins within the range, oldest first. */
    List<CheckIn> between(long personId, DateRange range);

    /** The days in the range that have a check-in (for the calendar strip). */
    List<LocalDate> datesWith(long personId, DateRange range);

    /** Whether the person has any check-in at all. */
    boolean any(long personId);
}
