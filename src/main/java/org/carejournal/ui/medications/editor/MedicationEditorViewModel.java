package org.carejournal.ui.medications.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.ScheduleCheck;
import org.carejournal.care.meds.ScheduleForm;
import org.carejournal.care.meds.ScheduleOffer;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.ui.Async;

/**
 * Adding a medicine to a person's plan, or changing the plan of one already there. Adding: choose the
 * medicine ({@link #choice()}), then its schedule ({@link #form()}), filled from the catalog's first
 * suggestion. Changing: the form starts from the version in force and the start date becomes the day the
 * change applies from, so doses before it keep the plan they were due under.
 */
public final class MedicationEditorViewModel {
    private final PlanService plan;
    private final long personId;
    private final PlanItem editing;
    private final Schedule current;
    private final Async async;
    private final Clock clock;
    private final Runnable onSaved;

    private final MedicineChoiceModel choice;
    private final ScheduleFormModel form = new ScheduleFormModel();
    private final ObservableList<ScheduleOffer> offers = FXCollections.observableArrayList();
    private final ObjectProperty<ScheduleOffer> offer = new SimpleObjectProperty<>();
    private final BooleanProperty startsLine = new SimpleBooleanProperty(false);
    private final StringProperty lineName = new SimpleStringProperty("");
    private final StringProperty lineError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty saved = new SimpleBooleanProperty(false);
    private final StringProperty saveError = new SimpleStringProperty("");
    private final StringBinding startLabel;
    private String defaultLineName = "";

    /**
     * @param editingOrNull the medicine whose plan is changed, or null to add a new one
     * @param onSaved       run on the UI thread after a successful save (the caller reloads its list)
     */
    public MedicationEditorViewModel(MedicationCatalog catalog, PlanService plan, long personId, PlanItem editingOrNull,
                                     Async async, Clock clock, Runnable onSaved) {
        this.plan = plan;
        this.personId = personId;
        this.editing = editingOrNull;
        this.async = async;
        this.clock = clock;
        this.onSaved = onSaved;
        this.choice = new MedicineChoiceModel(catalog);
        choice.setOnChosen(this::chosen);
        choice.ownProperty().addListener((obs, was, own) -> {
            if (own) ownChosen();
        });
        choice.ownNameProperty().addListener(obs -> {
            if (choice.ownProperty().get()) updateLineName(choice.name());
        });
        lineName.addListener(obs -> lineError.set(""));
        LocalDate today = today();
        this.current = editing == null ? null : editing.current(today).orElseThrow(
                () -> new IllegalArgumentException("A plan item without a schedule cannot be changed"));
        if (editing != null) {
            catalog.find(editing.medication().catalogKey()).ifPresent(e -> offers.setAll(e.offers()));
            form.fill(ScheduleForm.forChange(current, today));
        } else {
            form.fill(ScheduleForm.blank(today));
        }
        startLabel = Bindings.createStringBinding(() -> editing != null && form.kindProperty().get() != ScheduleKind.ONCE
                ? "The change applies from" : "Start date", form.kindProperty());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void chosen(CatalogEntry entry) {
        offers.setAll(entry.offers());
        if (entry.offers().isEmpty()) {
            offer.set(null);
            form.fill(ScheduleForm.blank(form.startOr(today())));
        } else {
            applyOffer(entry.offers().get(0));
        }
        updateLineName(choice.name());
    }

    private void ownChosen() {
        offers.clear();
        offer.set(null);
        form.fill(ScheduleForm.blank(form.startOr(today())));
        updateLineName(choice.name());
    }

    /** The line name follows the medicine until the person types one of their own. */
    private void updateLineName(String name) {
        if (lineName.get().isBlank() || lineName.get().equals(defaultLineName)) lineName.set(name);
        defaultLineName = name;
    }

    /** Fills the schedule from one of the catalog's suggestions, keeping the start date typed. */
    public void applyOffer(ScheduleOffer o) {
        offer.set(o);
        form.fill(ScheduleForm.of(o, form.startOr(today())));
    }

    /**
     * Checks everything and, when all is well, saves in the background: a new medicine with its first
     * schedule, or the changed schedule from its date. Nothing is saved while any field has a message.
     */
    public void save() {
        if (saving.get()) return;
        saveError.set("");
        Optional<Medication> medication = editing == null ? choice.medication() : Optional.of(editing.medication());
        ScheduleCheck.Outcome outcome = editing == null ? ScheduleCheck.check(form.form())
                : ScheduleCheck.checkChange(form.form(), current);
        form.show(outcome);
        boolean lineOk = !startsLine.get() || editing != null || !lineName.get().isBlank();
        lineError.set(lineOk ? "" : "Give the treatment line a name, for example the medicine's.");
        if (medication.isEmpty() || !outcome.ok() || !lineOk) return;

        Schedule schedule = outcome.schedule().orElseThrow();
        saving.set(true);
        async.run(() -> {
            write(medication.get(), schedule);
            return Boolean.TRUE;
        }, ok -> {
            saving.set(false);
            saved.set(true);
            onSaved.run();
        }, failure -> {
            saving.set(false);
            saveError.set("Nothing was saved: " + failure.getMessage());
        });
    }

    /** Runs in the background. */
    private void write(Medication medication, Schedule schedule) {
        if (editing != null) {
            plan.changeSchedule(editing, schedule.withMedication(editing.medication().id()));
            return;
        }
        String line = lineName.get().strip();
        plan.add(personId, medication, schedule, startsLine.get() ? (line.isEmpty() ? medication.name() : line) : null);
    }

    /** Whether this changes a medicine already in the plan (rather than adding one). */
    public boolean isChanging() { return editing != null; }

    /** The window's heading. */
    public String title() {
        return editing == null ? "Add a medicine" : "Change the plan for " + editing.medication().name();
    }

    /** The version being changed, or null while adding. */
    public Schedule currentVersion() { return current; }

    public MedicineChoiceModel choice() { return choice; }
    public ScheduleFormModel form() { return form; }
    /** The catalog's suggested schedules for the chosen medicine, most usual first. */
    public ObservableList<ScheduleOffer> offers() { return offers; }
    /** The suggestion last applied, or null. */
    public ObjectProperty<ScheduleOffer> offerProperty() { return offer; }
    public BooleanProperty startsLineProperty() { return startsLine; }
    public StringProperty lineNameProperty() { return lineName; }
    public StringProperty lineErrorProperty() { return lineError; }
    /** True while the save runs; the Save button is disabled only then. */
    public ReadOnlyBooleanProperty savingProperty() { return saving; }
    /** Becomes true once saved; the dialog closes on it. */
    public ReadOnlyBooleanProperty savedProperty() { return saved; }
    /** Why the last save failed, "" otherwise. */
    public StringProperty saveErrorProperty() { return saveError; }
    /** "Start date", or "The change applies from" when changing a plan. */
    public StringBinding startLabelProperty() { return startLabel; }
}
