package org.carejournal.ui.reminders;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How long to put a reminder off: a day, a week, or until a day the person types. */
public final class SnoozeForm {
    /** The choices offered, in the order shown. */
    public enum Choice {
        ONE_DAY("Until tomorrow"), ONE_WEEK("For a week"), DATE("Until a day I choose");

        private final String label;

        Choice(String label) { this.label = label; }

        public String label() { return label; }
    }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.ONE_DAY);
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");

    /** The day the reminder shows again, or empty after putting a message beside the date field. */
    public Optional<LocalDate> check(LocalDate today) {
        dateError.set("");
        return switch (choice.get()) {
            case ONE_DAY -> Optional.of(today.plusDays(1));
            case ONE_WEEK -> Optional.of(today.plusWeeks(1));
            case DATE -> {
                FormChecks.Checked<LocalDate> day = FormChecks.date(date.get(), "Type the day it should come back.");
                if (day.value() != null && !day.value().isAfter(today)) {
                    day = FormChecks.Checked.wrong("Choose a day after today.");
                }
                dateError.set(day.error());
                yield day.answer();
            }
        };
    }

    public ObjectProperty<Choice> choiceProperty() { return choice; }
    /** Read only when the choice is {@link Choice#DATE}. */
    public StringProperty dateProperty() { return date; }
    public StringProperty dateErrorProperty() { return dateError; }
}
