package org.carejournal.domain.meds;

/** A reminder is open until it is done or dismissed; snoozing keeps it open with a later date. */
public enum ReminderState {
    OPEN, DONE, DISMISSED
}
