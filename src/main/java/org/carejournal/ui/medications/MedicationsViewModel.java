package org.carejournal.ui.medications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.analysis.AdherenceReport;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseLog;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.library.LearnSignal;
import org.carejournal.ui.Async;
import org.carejournal.ui.DatePickers;

/**
 * The Medicines screen: today's doses and the missed ones ({@link #doses()}), the plan with its past
 * medicines and treatment lines, and adherence ({@link #adherence()}). Reads and writes go through
 * {@link Async}; after any change to the plan {@code onPlanChanged} runs (the reminders follow the plan).
 */
public final class MedicationsViewModel {
    private final PlanService plan;
    private final DoseChecklist checklist;
    private final DoseLog log;
    private final long personId;
    private final Async async;
    private final Clock clock;
    private final Runnable onPlanChanged;

    private final DoseListModel doses;
    private final AdherenceModel adherence = new AdherenceModel();
    private final LineFormModel lineForm = new LineFormModel();
    private final ObservableList<PlanRow> current = FXCollections.observableArrayList();
    private final ObservableList<PlanRow> past = FXCollections.observableArrayList();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> readOnlySignals = FXCollections.unmodifiableObservableList(signals);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final ObjectProperty<PlanItem> stopping = new SimpleObjectProperty<>();
    private final StringProperty stopDay = new SimpleStringProperty("");
    private final StringProperty stopDayError = new SimpleStringProperty("");
    /** The first day of the plan, from which "All" adherence counts. */
    private LocalDate firstPlanDay;

    /**
     * @param log           asked how many doses a medicine has logged, so removing it can say so
     * @param onPlanChanged run after the plan changes on this screen
     */
    public MedicationsViewModel(PlanService plan, DoseChecklist checklist, DoseLog log, long personId, Async async,
                                Clock clock, Runnable onPlanChanged) {
        this.plan = plan;
        this.checklist = checklist;
        this.log = log;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
        this.onPlanChanged = onPlanChanged;
        this.doses = new DoseListModel(checklist, async, clock, this::load, this::say, this::fail);
        adherence.periodProperty().addListener((obs, old, p) -> loadAdherence());
    }

    /** What the screen shows, read in one go. */
    private record Snapshot(List<PlanItem> plan, List<TreatmentLine> lines, List<DoseItem> dueToday,
                            List<DoseItem> missed, List<DoseEvent> asNeeded, AdherenceReport adherence, LocalDate firstDay) {}

    /** Reads everything again (also after the editor saved a change). */
    public void load() {
        LocalDate today = today();
        AdherencePeriod period = adherence.periodProperty().get();
        async.run(() -> {
            List<PlanItem> items = plan.all(personId);   // removed ones too: they are listed as past medicines
            LocalDate first = firstDay(items);
            return new Snapshot(items, plan.lines(personId), checklist.dueOn(personId, today),
                    checklist.missed(personId, today), checklist.asNeededOn(personId, today),
                    checklist.adherence(personId, period.from(today, first), today), first);
        }, this::show, this::fail);
    }

    private void show(Snapshot s) {
        LocalDate today = today();
        firstPlanDay = s.firstDay();
        List<PlanRow> rows = s.plan().stream().map(i -> PlanRow.of(i, today)).toList();
        current.setAll(rows.stream().filter(r -> !r.past()).toList());
        past.setAll(rows.stream().filter(PlanRow::past).toList());
        lineForm.choices().setAll(current);
        Map<Long, String> names = s.plan().stream().map(PlanItem::medication)
                .collect(Collectors.toMap(Medication::id, Medication::name, (a, b) -> a));
        lines.setAll(s.lines().stream().sorted(Comparator.comparing(TreatmentLine::start).reversed())
                .map(l -> LineRow.of(l, names)).toList());
        doses.show(s.dueToday(), s.missed(), s.plan(), s.asNeeded());
        adherence.show(s.adherence());
        if (stopping.get() != null && rows.stream().noneMatch(r -> r.item().equals(stopping.get()))) cancelStop();
        empty.set(s.plan().isEmpty());
        List<LearnSignal> fresh = MedicationsSignals.of(current.stream().map(r -> r.item().medication()).toList(),
                !s.missed().isEmpty());
        if (!signals.equals(fresh)) signals.setAll(fresh);
        loaded.set(true);
    }

    private static LocalDate firstDay(List<PlanItem> items) {
        return items.stream().flatMap(i -> i.versions().stream()).map(Schedule::start).min(LocalDate::compareTo).orElse(null);
    }

    private void loadAdherence() {
        LocalDate today = today();
        LocalDate from = adherence.periodProperty().get().from(today, firstPlanDay);
        async.run(() -> checklist.adherence(personId, from, today), adherence::show, this::fail);
    }

    /** Opens the "last day" question for a medicine, with today filled in. */
    public void beginStop(PlanRow row) {
        stopping.set(row.item());
        stopDay.set(DatePickers.DATE.format(today()));
        stopDayError.set("");
    }

    public void cancelStop() {
        stopping.set(null);
        stopDayError.set("");
    }

    /** Stops the medicine being asked about after the day typed. False (nothing saved) when the day is wrong. */
    public boolean confirmStop() {
        PlanItem item = stopping.get();
        if (item == null) return false;
        LocalDate last = DatePickers.parse(stopDay.get());
        LocalDate start = item.versions().stream().map(Schedule::start).min(LocalDate::compareTo).orElse(null);
        if (last == null) stopDayError.set("Type the last day as year-month-day, for example 2026-03-01.");
        else if (start != null && last.isBefore(start))
            stopDayError.set("The last day cannot be before the medicine was started, on " + DatePickers.DATE.format(start) + ".");
        else stopDayError.set("");
        if (!stopDayError.get().isEmpty()) return false;
        changePlan(() -> plan.stop(item, last), item.medication().name() + " stopped; its last day is "
                + ScheduleText.day(last) + ".");
        stopping.set(null);
        return true;
    }

    /**
     * Asks the journal how many doses a medicine has logged, then hands the question to {@code ask}
     * (the screen shows the dialog and calls {@link #remove} or {@link #delete}).
     */
    public void askRemove(PlanRow row, Consumer<RemoveQuestion> ask) {
        PlanItem item = row.item();
        async.run(() -> new RemoveQuestion(item, loggedDoses(item)), ask, this::fail);
    }

    private int loggedDoses(PlanItem item) {
        if (!plan.hasDoses(item)) return 0;
        // Every day a dose could be logged on: a schedule's start may have been corrected after doses were logged.
        return (int) log.between(personId, LocalDate.of(1900, 1, 1), today().plusYears(1)).stream()
                .filter(e -> e.medicationId() == item.medication().id()).count();
    }

    /** Takes a medicine out of the plan, keeping its schedules and dose log as history. */
    public void remove(PlanItem item) {
        changePlan(() -> plan.remove(item), item.medication().name() + " was taken out of the plan. Its history is kept.");
    }

    /** Deletes a medicine with its schedules and logged doses. */
    public void delete(PlanItem item) {
        changePlan(() -> plan.delete(item), item.medication().name() + " was deleted from the journal.");
    }

    public void openLineForm() {
        lineForm.openFor(today());
    }

    /** Saves the treatment line typed. False (nothing saved) when a field shows a message. */
    public boolean saveLine() {
        LineFormModel.Line l = lineForm.check();
        if (l == null) return false;
        changePlan(() -> plan.startLine(personId, l.start(), l.name(), l.medicationIds()),
                "A new treatment line from " + ScheduleText.day(l.start()) + " was marked.");
        lineForm.close();
        return true;
    }

    public void deleteLine(LineRow row) {
        changePlan(() -> plan.deleteLine(row.line().id()), "The treatment line was deleted.");
    }

    private void changePlan(Runnable work, String done) {
        async.run(() -> {
            work.run();
            return done;
        }, message -> {
            say(message);
            onPlanChanged.run();
            load();
        }, this::fail);
    }

    private void say(String message) {
        problem.set(false);
        status.set(message);
    }

    private void fail(Throwable e) {
        problem.set(true);
        status.set("Could not reach the journal file: " + e.getMessage() + " Nothing was changed.");
    }

    public LocalDate today() { return LocalDate.now(clock); }
    public DoseListModel doses() { return doses; }
    public AdherenceModel adherence() { return adherence; }
    public LineFormModel lineForm() { return lineForm; }
    /** Medicines in the plan now (or starting later), in the order they were added. */
    public ObservableList<PlanRow> current() { return current; }
    /** Medicines stopped or taken out of the plan. */
    public ObservableList<PlanRow> past() { return past; }
    /** Treatment lines, newest first. */
    public ObservableList<LineRow> lines() { return lines; }
    /** No medicine at all yet: the screen shows what it is for. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /**
     * What the "Learn more" panel should explain: each current medicine's family and any missed dose.
     * Replaced as a whole on every load (also after each change made here); read-only.
     */
    public ObservableList<LearnSignal> learnSignals() { return readOnlySignals; }
    /** The last thing done, or why it could not be done. */
    public StringProperty statusProperty() { return status; }
    /** True while the status says something went wrong. */
    public BooleanProperty problemProperty() { return problem; }
    /** The medicine whose last day is being asked, or null. */
    public ObjectProperty<PlanItem> stoppingProperty() { return stopping; }
    public StringProperty stopDayProperty() { return stopDay; }
    public StringProperty stopDayErrorProperty() { return stopDayError; }
}
