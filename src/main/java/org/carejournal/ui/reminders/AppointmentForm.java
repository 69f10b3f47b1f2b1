package org.carejournal.ui.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.domain.meds.Appointment;

/**
 * What is typed in the "Add an appointment" window, and the message shown beside each field.
 * Appointments are for what is coming: a day or time already past is refused.
 */
public final class AppointmentForm {
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty with = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty timeError = new SimpleStringProperty("");
    private final StringProperty withError = new SimpleStringProperty("");

    /**
     * Checks the form against {@code now}. Returns the appointment to save, or empty after putting a
     * message beside each wrong field.
     */
    public Optional<Appointment> check(LocalDateTime now) {
        FormChecks.Checked<LocalDate> day = FormChecks.date(date.get(), "Type the day of the appointment.");
        if (day.value() != null && day.value().isBefore(now.toLocalDate())) {
            day = FormChecks.Checked.wrong("That day has passed. Choose today or a later day.");
        }
        FormChecks.Checked<LocalTime> at = FormChecks.time(time.get());
        if (day.value() != null && at.value() != null && day.value().atTime(at.value()).isBefore(now)) {
            at = FormChecks.Checked.wrong("That time has already passed today.");
        }
        String who = with.get() == null ? "" : with.get().strip();
        dateError.set(day.error());
        timeError.set(at.error());
        withError.set(who.isEmpty() ? "Say who the appointment is with, for example \"Oncology clinic\"." : "");
        if (day.value() == null || at.value() == null || who.isEmpty()) return Optional.empty();
        return Optional.of(new Appointment(0, day.value().atTime(at.value()), who, place.get(), note.get()));
    }

    public StringProperty dateProperty() { return date; }
    /** The time as typed, "14:30" (a dot is also read: "9.30"). */
    public StringProperty timeProperty() { return time; }
    public StringProperty withProperty() { return with; }
    public StringProperty placeProperty() { return place; }
    public StringProperty noteProperty() { return note; }
    public StringProperty dateErrorProperty() { return dateError; }
    public StringProperty timeErrorProperty() { return timeError; }
    public StringProperty withErrorProperty() { return withError; }
}
