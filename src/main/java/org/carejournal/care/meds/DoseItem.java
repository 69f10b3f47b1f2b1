package org.carejournal.care.meds;

import java.time.LocalDateTime;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;

/**
 * One planned dose of the checklist: what, under which schedule version, when, and what was recorded.
 *
 * @param event the taken or skipped answer, or null while the dose is not recorded
 */
public record DoseItem(Medication medication, Schedule schedule, LocalDateTime dueAt, DoseEvent event) {

    public boolean recorded() { return event != null; }

    public boolean taken() { return event != null && event.status() == DoseStatus.TAKEN; }

    public boolean skipped() { return event != null && event.status() == DoseStatus.SKIPPED; }

    /** Taken, but at another time than planned ("taken at another time"). */
    public boolean takenAtAnotherTime() { return taken() && !event.takenAt().equals(dueAt); }

    /** The same dose with the answer given (null after an undo). */
    public DoseItem withEvent(DoseEvent e) { return new DoseItem(medication, schedule, dueAt, e); }
}
