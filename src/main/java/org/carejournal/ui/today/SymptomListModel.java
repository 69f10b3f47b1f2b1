package org.carejournal.ui.today;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.SymptomNameCheck;
import org.carejournal.domain.checkin.Symptoms;
import org.carejournal.ui.Async;

/**
 * Which symptoms the check-in asks about, and in what order: add one of your own, hide one, move one
 * up or down. Hidden symptoms keep their history and can be shown again.
 */
public final class SymptomListModel {
    private final Symptoms symptoms;
    private final long personId;
    private final Async async;
    private final Consumer<List<Symptom>> onChanged;
    private final ObservableList<Symptom> list = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    /** @param onChanged receives the new list after every change (the Today screen shows it) */
    public SymptomListModel(Symptoms symptoms, long personId, Async async, Consumer<List<Symptom>> onChanged) {
        this.symptoms = symptoms;
        this.personId = personId;
        this.async = async;
        this.onChanged = onChanged;
    }

    public void load() {
        async.run(() -> symptoms.list(personId), list::setAll, this::fail);
    }

    /** Adds the typed name at the end, or shows why it cannot be added. */
    public boolean add() {
        String name = newName.get();
        var problem = SymptomNameCheck.problem(name, list);
        nameError.set(problem.orElse(""));
        if (problem.isPresent()) return false;
        change(() -> symptoms.addCustom(personId, name), "Added \"" + name.strip() + "\".");
        newName.set("");
        return true;
    }

    public void setHidden(Symptom s, boolean hidden) {
        change(() -> {
            symptoms.setHidden(s.id(), hidden);
            return null;
        }, (hidden ? "Hidden: " : "Shown again: ") + s.name() + ".");
    }

    /** Moves a symptom one place up ({@code -1}) or down ({@code +1}). */
    public void move(Symptom s, int delta) {
        int from = indexOf(s);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.size()) return;
        List<Long> ids = new ArrayList<>(list.stream().map(Symptom::id).toList());
        ids.add(to, ids.remove(from));
        change(() -> {
            symptoms.reorder(personId, ids);
            return null;
        }, "Moved " + s.name() + (delta < 0 ? " up." : " down."));
    }

    private int indexOf(Symptom s) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id() == s.id()) return i;
        return -1;
    }

    private void change(java.util.function.Supplier<Object> work, String done) {
        async.run(() -> {
            work.get();
            return symptoms.list(personId);
        }, now -> {
            list.setAll(now);
            status.set(done);
            onChanged.accept(now);
        }, this::fail);
    }

    private void fail(Throwable e) {
        status.set("Could not change the list: " + e.getMessage());
    }

    public ObservableList<Symptom> symptoms() { return list; }
    public StringProperty newNameProperty() { return newName; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty statusProperty() { return status; }
}
