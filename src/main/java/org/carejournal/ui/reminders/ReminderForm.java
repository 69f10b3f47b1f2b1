package org.carejournal.ui.reminders;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.ui.DatePickers;

/** What is typed in the "Add a reminder" window (a reminder of the person's own), with its messages. */
public final class ReminderForm {
    /** A checked reminder of one's own, ready to save. */
    public record Entry(String title, String note, LocalDate due) {}

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty due;
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty titleError = new SimpleStringProperty("");
    private final StringProperty dueError = new SimpleStringProperty("");

    /** @param today filled in as the due day, the most likely answer */
    public ReminderForm(LocalDate today) {
        due = new SimpleStringProperty(DatePickers.DATE.format(today));
    }

    /** Checks the form; empty after putting a message beside each wrong field. */
    public Optional<Entry> check(LocalDate today) {
        String t = title.get() == null ? "" : title.get().strip();
        FormChecks.Checked<LocalDate> day = FormChecks.date(due.get(), "Type the day it is due.");
        if (day.value() != null && day.value().isBefore(today)) {
            day = FormChecks.Checked.wrong("That day has passed. Choose today or a later day.");
        }
        titleError.set(t.isEmpty() ? "Say what to remember, for example \"Collect the prescription\"." : "");
        dueError.set(day.error());
        if (t.isEmpty() || day.value() == null) return Optional.empty();
        return Optional.of(new Entry(t, note.get() == null ? "" : note.get().strip(), day.value()));
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty dueProperty() { return due; }
    public StringProperty noteProperty() { return note; }
    public StringProperty titleErrorProperty() { return titleError; }
    public StringProperty dueErrorProperty() { return dueError; }
}
