package org.carejournal.domain.meds;

/** What happened to a dose. A dose with no event is simply not recorded yet. */
public enum DoseStatus {
    TAKEN, SKIPPED
}
