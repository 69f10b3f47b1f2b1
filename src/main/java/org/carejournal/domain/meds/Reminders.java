package org.carejournal.domain.meds;

import java.util.List;

/** Where a journal keeps care reminders, open and closed. */
public interface Reminders {

    Reminder add(long personId, Reminder reminder);

    /** Saves a changed reminder (state, dates or the text a rule gives it). */
    void update(Reminder reminder);

    void delete(long reminderId);

    /** Every reminder of the person, by due date. */
    List<Reminder> all(long personId);
}
