package org.carejournal.ui.medications.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;

/**
 * Which medicine is being added: one found by typing part of its generic or brand name, or one of the
 * person's own with a name, class and route. The first match is highlighted, so typing and Enter is enough.
 */
public final class MedicineChoiceModel {
    static final int MAX_NAME = 100;

    private final MedicationCatalog catalog;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CatalogEntry> results = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogEntry> highlighted = new SimpleObjectProperty<>();
    private final ObjectProperty<CatalogEntry> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty own = new SimpleBooleanProperty(false);
    private final StringProperty ownName = new SimpleStringProperty("");
    private final ObjectProperty<DrugClass> ownClass = new SimpleObjectProperty<>(DrugClass.OTHER);
    private final ObjectProperty<Route> ownRoute = new SimpleObjectProperty<>(Route.BY_MOUTH);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding ready = chosen.isNotNull().or(own);
    private final StringBinding noMatch;
    private Consumer<CatalogEntry> onChosen = e -> {};

    public MedicineChoiceModel(MedicationCatalog catalog) {
        this.catalog = catalog;
        query.addListener((obs, old, now) -> search(now));
        noMatch = Bindings.createStringBinding(() -> !query.get().isBlank() && results.isEmpty()
                ? "No medicine in the list matches \"" + query.get().strip() + "\". Check the spelling, or add it as your own."
                : "", query, results);
        search("");
    }

    /** Called with the entry each time one is chosen (the editor fills the schedule from its offers). */
    void setOnChosen(Consumer<CatalogEntry> action) {
        this.onChosen = action;
    }

    private void search(String text) {
        // Nothing typed yet: the whole catalog, alphabetically, to browse; nothing highlighted.
        List<CatalogEntry> found = text == null || text.isBlank()
                ? catalog.all().stream().sorted(Comparator.comparing(e -> e.generic().toLowerCase(Locale.ROOT))).toList()
                : catalog.search(text);
        // Cleared first: the list drops its selection when its items are replaced, and must be told again
        // even when the same entry stays first.
        highlighted.set(null);
        results.setAll(found);
        highlighted.set(text == null || text.isBlank() || found.isEmpty() ? null : found.get(0));
        error.set("");
    }

    /** Moves the highlight up ({@code -1}) or down ({@code +1}) the results, stopping at the ends. */
    public void move(int delta) {
        if (results.isEmpty()) return;
        int i = results.indexOf(highlighted.get());
        int next = i < 0 ? (delta > 0 ? 0 : results.size() - 1) : Math.max(0, Math.min(results.size() - 1, i + delta));
        highlighted.set(results.get(next));
    }

    /** Chooses the highlighted entry (Enter); says so when there is none. */
    public void pickHighlighted() {
        if (highlighted.get() == null) {
            error.set(results.isEmpty() ? noMatch.get() : "Choose a medicine from the list.");
            return;
        }
        pick(highlighted.get());
    }

    public void pick(CatalogEntry entry) {
        own.set(false);
        highlighted.set(entry);
        chosen.set(entry);
        error.set("");
        onChosen.accept(entry);
    }

    /** "Not in the list: add my own": starts from what was typed in the search box. */
    public void chooseOwn() {
        chosen.set(null);
        if (ownName.get().isBlank()) ownName.set(query.get().strip());
        own.set(true);
        error.set("");
    }

    /** Back to the search, to choose another medicine. */
    public void reset() {
        chosen.set(null);
        own.set(false);
        error.set("");
    }

    /**
     * The medicine to save, not yet saved; empty, with a message, when none is chosen or one's own has
     * no usable name.
     */
    public Optional<Medication> medication() {
        if (chosen.get() != null) {
            CatalogEntry e = chosen.get();
            return Optional.of(Medication.draft(e.key(), e.displayName(), e.drugClass(), e.route()));
        }
        if (!own.get()) {
            error.set("Choose a medicine from the list, or add your own.");
            return Optional.empty();
        }
        String name = ownName.get().strip();
        if (name.isEmpty()) {
            error.set("Enter the medicine's name, as on the box or the letter from the clinic.");
            return Optional.empty();
        }
        if (name.length() > MAX_NAME) {
            error.set("Keep the name under " + MAX_NAME + " letters; a note can hold the rest.");
            return Optional.empty();
        }
        error.set("");
        return Optional.of(Medication.draft(null, name, ownClass.get(), ownRoute.get()));
    }

    /** The chosen medicine's name as it will be saved ("Generic (Brand)", or one's own), "" when none. */
    public String name() {
        if (chosen.get() != null) return chosen.get().displayName();
        return own.get() ? ownName.get().strip() : "";
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<CatalogEntry> results() { return results; }
    public ObjectProperty<CatalogEntry> highlightedProperty() { return highlighted; }
    public ObjectProperty<CatalogEntry> chosenProperty() { return chosen; }
    public BooleanProperty ownProperty() { return own; }
    public StringProperty ownNameProperty() { return ownName; }
    public ObjectProperty<DrugClass> ownClassProperty() { return ownClass; }
    public ObjectProperty<Route> ownRouteProperty() { return ownRoute; }
    /** The message beside the medicine: nothing chosen, no name, no match. */
    public StringProperty errorProperty() { return error; }
    /** A message while the typed text matches nothing, "" otherwise. */
    public StringBinding noMatchProperty() { return noMatch; }
    /** Whether a medicine is chosen (from the list or one's own), so the schedule form can show. */
    public BooleanBinding readyProperty() { return ready; }
}
