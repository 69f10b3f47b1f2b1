package org.carejournal.domain.meds;

import java.util.List;

/** Where a journal keeps a person's medicines, their schedule versions and treatment lines. */
public interface MedicationPlan {

    /** Saves a new medicine and returns it with its id. */
    Medication add(long personId, Medication medication);

    void update(Medication medication);

    /** Every medicine of the person, removed ones included, in the order they were added. */
    List<Medication> medications(long personId);

    /**
     * Deletes a medicine with its schedules and its whole dose log. The screens offer
     * {@link Medication#withRemoved} first, which keeps the history.
     */
    void delete(long medicationId);

    /** Saves a new schedule version and returns it with its id. */
    Schedule addSchedule(Schedule schedule);

    /** Changes a version's end (to stop a medicine, or when a new version replaces it). */
    void updateSchedule(Schedule schedule);

    /** Deletes a version (used when a plan entered by mistake is corrected on the day it was made). */
    void deleteSchedule(long scheduleId);

    /** Every schedule version of every medicine of the person, oldest start first. */
    List<Schedule> schedules(long personId);

    TreatmentLine addLine(long personId, TreatmentLine line);

    void deleteLine(long lineId);

    /** The person's treatment lines, oldest start first. */
    List<TreatmentLine> lines(long personId);
}
