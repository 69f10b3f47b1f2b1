package org.carejournal.ui.medications;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.domain.meds.DoseStatus;

/**
 * One planned dose on the checklist: what it is, whether it is recorded, and the small inline forms for
 * "skipped" (a reason) and "taken at another time" (a time). The same model stays on screen while its
 * dose is recorded and undone, so the row keeps the keyboard focus.
 */
public final class DoseRowModel {
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm");

    /** Which inline form is open. */
    public enum Mode { LIST, SKIPPING, OTHER_TIME }

    /** A dose's state, for the row's colour (the words say it too). */
    public enum State { OPEN, TAKEN, SKIPPED }

    private final String key;
    private final boolean missed;
    private final ReadOnlyObjectWrapper<DoseItem> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPEN);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LIST);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty timeError = new SimpleStringProperty("");

    DoseRowModel(DoseItem item, boolean missed, LocalDateTime now) {
        this.key = key(item);
        this.missed = missed;
        update(item, now);
    }

    /** Medicine id and due time: the dose's identity across reloads, and the row's node id. */
    static String key(DoseItem item) {
        return item.medication().id() + "-" + KEY_TIME.format(item.dueAt());
    }

    void update(DoseItem newItem, LocalDateTime now) {
        item.set(newItem);
        stateText.set(DoseWords.state(newItem, now));
        state.set(newItem.event() == null ? State.OPEN
                : newItem.event().status() == DoseStatus.TAKEN ? State.TAKEN : State.SKIPPED);
    }

    /** Closes any inline form and forgets what was typed in it. */
    public void closeForm() {
        mode.set(Mode.LIST);
        reason.set("");
        timeError.set("");
    }

    public String key() { return key; }
    /** A dose from an earlier day not yet recorded (the missed list names its day). */
    public boolean missed() { return missed; }
    public DoseItem item() { return item.get(); }
    public ReadOnlyObjectProperty<DoseItem> itemProperty() { return item.getReadOnlyProperty(); }
    /** "10:30" for today's doses; "Tuesday 18 Nov, 20:00" for missed ones. */
    public String when() { return missed ? DoseWords.missedWhen(item().dueAt()) : DoseWords.TIME.format(item().dueAt()); }
    /** "Abiraterone 1000 mg". */
    public String what() { return DoseWords.what(item()); }
    /** "Taken at 08:05", "Skipped: felt sick", "Not recorded yet", "To take at 20:00". */
    public ReadOnlyStringProperty stateTextProperty() { return stateText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public boolean recorded() { return item().event() != null; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    /** Why it was skipped (optional). */
    public StringProperty reasonProperty() { return reason; }
    /** The time typed for "taken at another time", HH:mm. */
    public StringProperty timeProperty() { return time; }
    public StringProperty timeErrorProperty() { return timeError; }
}
