package org.carejournal.ui.today;

import java.time.LocalDateTime;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckInCheck;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RescueEffect;

/**
 * The pain part of the check-in: three typed 0–10 ratings, where it hurts (shared by the body map and
 * the list of places) and breakthrough pain. It describes one pain entry: a new one, or a saved one
 * being changed.
 */
public final class PainFormModel {
    private final StringProperty now = new SimpleStringProperty("");
    private final StringProperty worst = new SimpleStringProperty("");
    private final StringProperty average = new SimpleStringProperty("");
    private final StringProperty nowError = new SimpleStringProperty("");
    private final StringProperty worstError = new SimpleStringProperty("");
    private final StringProperty averageError = new SimpleStringProperty("");
    private final ObservableSet<BodyRegion> sites = FXCollections.observableSet();
    private final BooleanProperty breakthrough = new SimpleBooleanProperty();
    private final StringProperty rescueMedicine = new SimpleStringProperty("");
    private final ObjectProperty<RescueEffect> helped = new SimpleObjectProperty<>();
    /** The saved entry being changed, or null for a new one. */
    private final ObjectProperty<PainEntry> editing = new SimpleObjectProperty<>();

    /** True when nothing about pain was entered, so saving the check-in adds no pain entry. */
    public boolean isBlank() {
        return now.get().isBlank() && worst.get().isBlank() && average.get().isBlank() && sites.isEmpty()
                && !breakthrough.get() && editing.get() == null;
    }

    /**
     * Checks the typed ratings and builds the entry (keeping the edited entry's id and time), or puts a
     * message beside each wrong rating and returns empty.
     *
     * @param at the time for a new entry
     */
    public Optional<PainEntry> check(LocalDateTime at) {
        CheckInCheck.Parsed<Integer> n = CheckInCheck.rating(now.get());
        CheckInCheck.Parsed<Integer> w = CheckInCheck.rating(worst.get());
        CheckInCheck.Parsed<Integer> a = CheckInCheck.rating(average.get());
        nowError.set(n.ok() ? "" : n.problem());
        worstError.set(w.ok() ? "" : w.problem());
        averageError.set(a.ok() ? "" : a.problem());
        if (!n.ok() || !w.ok() || !a.ok()) return Optional.empty();
        PainEntry edited = editing.get();
        boolean bt = breakthrough.get();
        return Optional.of(new PainEntry(edited == null ? 0 : edited.id(), edited == null ? at : edited.takenAt(),
                n.value(), w.value(), a.value(), sites, bt, bt ? rescueMedicine.get() : "", bt ? helped.get() : null));
    }

    /** Loads a saved entry for changing. */
    public void edit(PainEntry e) {
        clear();
        editing.set(e);
        now.set(text(e.now()));
        worst.set(text(e.worst()));
        average.set(text(e.average()));
        sites.addAll(e.sites());
        breakthrough.set(e.breakthrough());
        rescueMedicine.set(e.rescueMedicine());
        helped.set(e.helped());
    }

    /** Empties the form for a new entry. */
    public void clear() {
        editing.set(null);
        now.set("");
        worst.set("");
        average.set("");
        sites.clear();
        breakthrough.set(false);
        rescueMedicine.set("");
        helped.set(null);
        nowError.set("");
        worstError.set("");
        averageError.set("");
    }

    /** Fills blank ratings with 0 ("No symptoms today" also means no pain). */
    void noPain() {
        if (now.get().isBlank()) now.set("0");
        if (worst.get().isBlank()) worst.set("0");
        if (average.get().isBlank()) average.set("0");
    }

    private static String text(Integer r) {
        return r == null ? "" : r.toString();
    }

    public StringProperty nowProperty() { return now; }
    public StringProperty worstProperty() { return worst; }
    public StringProperty averageProperty() { return average; }
    public StringProperty nowErrorProperty() { return nowError; }
    public StringProperty worstErrorProperty() { return worstError; }
    public StringProperty averageErrorProperty() { return averageError; }
    public ObservableSet<BodyRegion> sites() { return sites; }
    public BooleanProperty breakthroughProperty() { return breakthrough; }
    public StringProperty rescueMedicineProperty() { return rescueMedicine; }
    public ObjectProperty<RescueEffect> helpedProperty() { return helped; }
    public ObjectProperty<PainEntry> editingProperty() { return editing; }
}
