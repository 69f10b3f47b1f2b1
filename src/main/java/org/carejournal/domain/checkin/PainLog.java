package org.carejournal.domain.checkin;

import java.util.List;
import org.carejournal.domain.DateRange;

/** Where a journal keeps pain entries (several a day allowed). */
public interface PainLog {

    /** Saves a new entry and returns it with its id. */
    PainEntry add(long personId, PainEntry entry);

    void update(PainEntry entry);

    void delete(long id);

    /** Entries whose day is within the range, oldest first. */
    List<PainEntry> between(long personId, DateRange range);

    /** Whether the person has any pain entry at all. */
    boolean any(long personId);
}
