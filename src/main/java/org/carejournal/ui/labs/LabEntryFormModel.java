package org.carejournal.ui.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.domain.LabEntryCheck;
import org.carejournal.domain.LabEntryField;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.ui.DatePickers;

/**
 * What is typed in the add/edit form, and the message shown beside each field. Checking is done by
 * {@link LabEntryCheck}, the same rules the CSV import uses.
 */
public final class LabEntryFormModel {
    private final Clock clock;
    private final StringProperty dateText = new SimpleStringProperty();
    private final ObjectProperty<LabTest> test = new SimpleObjectProperty<>(LabTest.PSA);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty(LabTest.PSA.canonicalUnit().symbol());
    private final StringProperty lab = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty testError = new SimpleStringProperty("");
    private final StringProperty valueError = new SimpleStringProperty("");
    private final StringProperty unitError = new SimpleStringProperty("");
    /** The result being edited, or null while adding a new one. */
    private final ObjectProperty<LabResult> editing = new SimpleObjectProperty<>();

    public LabEntryFormModel(Clock clock) {
        this.clock = clock;
        test.addListener((obs, old, now) -> {
            if (now != null && now.unit(unit.get()).isEmpty()) unit.set(now.canonicalUnit().symbol());
        });
        clear();
    }

    /**
     * Checks the form. Returns the result to save (carrying the edited result's id and exclusion),
     * or empty after putting a message beside each wrong field.
     */
    public Optional<LabResult> check() {
        LocalDate date = DatePickers.parse(dateText.get());
        LabEntryCheck.Outcome outcome = LabEntryCheck.check(date, test.get(), value.get(), unit.get(),
                lab.get(), note.get(), LocalDate.now(clock));
        Map<LabEntryField, String> errors = outcome.errors();
        dateError.set(errors.getOrDefault(LabEntryField.DATE, ""));
        testError.set(errors.getOrDefault(LabEntryField.TEST, ""));
        valueError.set(errors.getOrDefault(LabEntryField.VALUE, ""));
        unitError.set(errors.getOrDefault(LabEntryField.UNIT, ""));
        LabResult edited = editing.get();
        return outcome.result().map(r -> edited == null ? r : r.withId(edited.id()).withExcluded(edited.excluded()));
    }

    /** Loads a saved result into the form for editing. */
    public void edit(LabResult r) {
        editing.set(r);
        dateText.set(DatePickers.DATE.format(r.date()));
        test.set(r.test());
        value.set(r.enteredText());
        unit.set(r.enteredUnit());
        lab.set(r.lab());
        note.set(r.note());
        clearErrors();
    }

    /** Empties the form for the next entry, keeping the chosen test, and today's date. */
    public void clear() {
        editing.set(null);
        dateText.set(DatePickers.DATE.format(LocalDate.now(clock)));
        value.set("");
        lab.set("");
        note.set("");
        clearErrors();
    }

    private void clearErrors() {
        dateError.set("");
        testError.set("");
        valueError.set("");
        unitError.set("");
    }


    public StringProperty dateTextProperty() { return dateText; }
    public ObjectProperty<LabTest> testProperty() { return test; }
    public StringProperty valueProperty() { return value; }
    public StringProperty unitProperty() { return unit; }
    public StringProperty labProperty() { return lab; }
    public StringProperty noteProperty() { return note; }
    public StringProperty dateErrorProperty() { return dateError; }
    public StringProperty testErrorProperty() { return testError; }
    public StringProperty valueErrorProperty() { return valueError; }
    public StringProperty unitErrorProperty() { return unitError; }
    public ObjectProperty<LabResult> editingProperty() { return editing; }
}
