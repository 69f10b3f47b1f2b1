package org.carejournal.ui.reminders;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.ui.DatePickers;

/** The day a reminder was done: today unless changed; a day still to come is refused. */
public final class DoneForm {
    private final StringProperty date;
    private final StringProperty dateError = new SimpleStringProperty("");

    public DoneForm(LocalDate today) {
        date = new SimpleStringProperty(DatePickers.DATE.format(today));
    }

    /** The day typed, or empty after putting a message beside the field. */
    public Optional<LocalDate> check(LocalDate today) {
        FormChecks.Checked<LocalDate> day = FormChecks.date(date.get(), "Type the day it was done.");
        if (day.value() != null && day.value().isAfter(today)) {
            day = FormChecks.Checked.wrong("That day is still to come. Choose today or an earlier day.");
        }
        dateError.set(day.error());
        return day.answer();
    }

    public StringProperty dateProperty() { return date; }
    public StringProperty dateErrorProperty() { return dateError; }
}
