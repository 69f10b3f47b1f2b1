package org.carejournal.ui.medications;

import java.time.LocalDate;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.carejournal.ui.DatePickers;

/**
 * The "Mark a new treatment line" form: the day it started, a name, and the medicines that began it
 * (ticked from the current plan).
 */
public final class LineFormModel {
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableSet<Long> chosen = FXCollections.observableSet();
    private final ObservableList<PlanRow> choices = FXCollections.observableArrayList();
    private final StringProperty startError = new SimpleStringProperty("");
    private final StringProperty medicinesError = new SimpleStringProperty("");

    /** Valid input, ready to save. */
    record Line(LocalDate start, String name, Set<Long> medicationIds) {}

    void openFor(LocalDate today) {
        start.set(DatePickers.DATE.format(today));
        name.set("");
        chosen.clear();
        clearErrors();
        open.set(true);
    }

    public void close() {
        open.set(false);
        clearErrors();
    }

    /** The line typed, or null with the messages beside the fields set. */
    Line check() {
        LocalDate day = DatePickers.parse(start.get());
        startError.set(day == null ? "Type the day the line started as year-month-day, for example 2026-03-01." : "");
        medicinesError.set(chosen.isEmpty() ? "Tick at least one medicine that started this line." : "");
        if (day == null || chosen.isEmpty()) return null;
        return new Line(day, name.get() == null ? "" : name.get().strip(), Set.copyOf(chosen));
    }

    private void clearErrors() {
        startError.set("");
        medicinesError.set("");
    }

    public BooleanProperty openProperty() { return open; }
    /** The start day as typed, year-month-day. */
    public StringProperty startProperty() { return start; }
    /** "ADT + abiraterone"; optional. */
    public StringProperty nameProperty() { return name; }
    /** Ids of the ticked medicines. */
    public ObservableSet<Long> chosen() { return chosen; }
    /** The medicines that can be ticked: the current plan. */
    public ObservableList<PlanRow> choices() { return choices; }
    public StringProperty startErrorProperty() { return startError; }
    public StringProperty medicinesErrorProperty() { return medicinesError; }
}
