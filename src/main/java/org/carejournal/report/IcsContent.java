package org.carejournal.report;

import java.util.List;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Schedule;

/**
 * What a calendar export is made from, as the journal keeps it: the person's medicines with every
 * schedule version, reminders and appointments. The export picks from these what falls in its window.
 */
record IcsContent(List<Medication> medications, List<Schedule> schedules, List<Reminder> reminders,
                         List<Appointment> appointments) {

    public IcsContent {
        medications = List.copyOf(medications);
        schedules = List.copyOf(schedules);
        reminders = List.copyOf(reminders);
        appointments = List.copyOf(appointments);
    }
}
