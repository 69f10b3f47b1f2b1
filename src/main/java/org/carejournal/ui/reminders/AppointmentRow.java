package org.carejournal.ui.reminders;

import java.time.LocalDate;
import org.carejournal.domain.meds.Appointment;

/**
 * One upcoming appointment as the screen shows it.
 *
 * @param when    "Tuesday 1 Dec, 10:30"
 * @param details who with, then the place and note when given: "Oncology clinic · City Hospital"
 */
public record AppointmentRow(Appointment appointment, String when, String details) {

    public static AppointmentRow of(Appointment a, LocalDate today) {
        StringBuilder details = new StringBuilder(a.with());
        if (!a.place().isEmpty()) details.append(" · ").append(a.place());
        if (!a.note().isEmpty()) details.append(" · ").append(a.note());
        return new AppointmentRow(a, DueWords.dayAndTime(a.at(), today), details.toString());
    }

    public long id() { return appointment.id(); }
}
