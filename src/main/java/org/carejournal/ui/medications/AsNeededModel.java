package org.carejournal.ui.medications;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Schedule;

/** One medicine taken when needed: its instruction, today's logged doses and the "Log a dose" form. */
public final class AsNeededModel {
    private final PlanItem item;
    private final Schedule schedule;
    private final ObservableList<String> loggedToday = FXCollections.observableArrayList();
    private final BooleanProperty formOpen = new SimpleBooleanProperty();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty timeError = new SimpleStringProperty("");

    AsNeededModel(PlanItem item, Schedule schedule) {
        this.item = item;
        this.schedule = schedule;
    }

    void showLogged(List<DoseEvent> events) {
        loggedToday.setAll(events.stream().map(AsNeededModel::describe).toList());
    }

    /** "10:15 – 1 g – back pain". */
    static String describe(DoseEvent e) {
        StringBuilder s = new StringBuilder(DoseWords.TIME.format(e.takenAt()));
        if (!e.amount().isEmpty()) s.append(" – ").append(e.amount());
        if (!e.reason().isEmpty()) s.append(" – ").append(e.reason());
        return s.toString();
    }

    /** Opens the form with the time now and the planned dose filled in. */
    void openForm(String now) {
        time.set(now);
        amount.set(schedule.dose());
        reason.set("");
        timeError.set("");
        formOpen.set(true);
    }

    public void closeForm() {
        formOpen.set(false);
        timeError.set("");
    }

    public PlanItem item() { return item; }
    public long medicationId() { return item.medication().id(); }
    public String name() { return item.medication().name(); }
    /** "1 g – up to 4 times a day", or "" when the plan says neither. */
    public String instruction() {
        if (schedule.dose().isEmpty()) return schedule.instruction();
        return schedule.instruction().isEmpty() ? schedule.dose() : schedule.dose() + " – " + schedule.instruction();
    }
    /** Today's logged doses in words, oldest first. */
    public ObservableList<String> loggedToday() { return loggedToday; }
    public BooleanProperty formOpenProperty() { return formOpen; }
    public StringProperty timeProperty() { return time; }
    public StringProperty amountProperty() { return amount; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty timeErrorProperty() { return timeError; }
}
