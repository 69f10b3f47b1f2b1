package org.carejournal.domain.meds;

import java.time.LocalDate;
import java.util.List;

/** Where a journal keeps the dose log. */
public interface DoseLog {

    /**
     * Records a dose and returns it with its id. A planned dose has at most one event: recording one
     * for the same medicine and due time replaces the earlier answer.
     */
    DoseEvent record(DoseEvent event);

    void delete(long eventId);

    /** Events of the person whose {@link DoseEvent#day()} is within the days given (inclusive), oldest first. */
    List<DoseEvent> between(long personId, LocalDate from, LocalDate to);

    /** Whether a medicine has any dose logged (deleting it then asks first). */
    boolean any(long medicationId);
}
