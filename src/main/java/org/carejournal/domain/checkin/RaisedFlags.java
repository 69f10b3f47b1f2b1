package org.carejournal.domain.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where a journal records the red flags raised for a person. */
public interface RaisedFlags {

    /**
     * Records a flag for a day, unless that flag is already recorded for that day (acknowledged or
     * not): editing a check-in does not bring back a warning the person has already seen.
     *
     * @return true when it was new
     */
    boolean raise(long personId, RedFlag flag, LocalDate date, String reason);

    /** Flags not yet acknowledged, newest first. */
    List<RaisedFlag> open(long personId);

    /** Every flag ever raised, newest first (for the summary and history). */
    List<RaisedFlag> all(long personId);

    void acknowledge(long id, Instant when);
}
