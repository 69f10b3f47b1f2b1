package org.carejournal.care.meds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;

/**
 * Everything the care-reminder rules look at for one person, read from the journal beforehand so the
 * rules stay pure.
 *
 * @param medications       the person's medicines, removed ones included (the rules skip them)
 * @param schedules         every schedule version of those medicines
 * @param appointments      the person's appointments
 * @param lastPsa           the day of the latest PSA test kept, or null when there is none
 * @param psaIntervalMonths months between PSA tests the person expects (at least 1)
 * @param storedDue         due dates of the generated reminders already kept, by key: a reminder that is
 *                          late the first time it appears keeps that first day as its due date
 */
public record ReminderFacts(List<Medication> medications, List<Schedule> schedules, List<Appointment> appointments,
                            LocalDate lastPsa, int psaIntervalMonths, Map<String, LocalDate> storedDue) {

    public ReminderFacts {
        if (psaIntervalMonths < 1) throw new IllegalArgumentException("The PSA interval is at least 1 month");
        medications = List.copyOf(medications);
        schedules = List.copyOf(schedules);
        appointments = List.copyOf(appointments);
        storedDue = Map.copyOf(storedDue);
    }
}
