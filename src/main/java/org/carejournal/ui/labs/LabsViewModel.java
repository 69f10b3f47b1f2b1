package org.carejournal.ui.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.library.LearnSignal;
import org.carejournal.ui.Async;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.charts.LabChartData;
import org.carejournal.charts.TreatmentHistory;

/**
 * The PSA and labs screen: which test and range is shown, its results, chart data and kinetics,
 * and the commands to add, edit, delete (with Undo) and leave points out of the trend.
 *
 * <p>Baseline and nadir count from the start of the current treatment line of the medication plan; a
 * journal without treatment lines uses the start set by hand on this screen (see {@link TreatmentHistory}).
 */
public final class LabsViewModel {
    private final LabResults labs;
    private final JournalSettings settings;
    private final MedicationPlan plan;
    private final long personId;
    private final Async async;
    private final Clock clock;
    private final ChartRange range;

    private final ObjectProperty<LabTest> test = new SimpleObjectProperty<>(LabTest.PSA);
    private final ObservableList<LabResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> treatmentStart = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TreatmentLine> currentLine = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper treatmentStartNote = new ReadOnlyStringWrapper("");
    /** The plan's timeline and start as last read; the chart is rebuilt from it when the range changes. */
    private TreatmentHistory history = TreatmentHistory.NONE;
    private final ReadOnlyObjectWrapper<LabChartData> chartData = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabResult> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> readOnlySignals = FXCollections.unmodifiableObservableList(signals);
    private final LabEntryFormModel form;

    /**
     * @param plan  the medication plan: its treatment lines set the treatment start, its medicines are drawn
     *              under the chart
     * @param range the chart range shared with the other chart screens of this journal
     */
    public LabsViewModel(LabResults labs, JournalSettings settings, MedicationPlan plan, long personId,
                         ChartRange range, Async async, Clock clock) {
        this.labs = labs;
        this.range = range;
        this.settings = settings;
        this.plan = plan;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
        this.form = new LabEntryFormModel(clock);
        test.addListener((obs, old, now) -> {
            form.testProperty().set(now);
            reload();
        });
        // The range may be changed from another screen; this chart follows it.
        range.choiceProperty().addListener(obs -> rebuildChart());
        range.customFromProperty().addListener(obs -> rebuildChart());
        range.customToProperty().addListener(obs -> rebuildChart());
        // Every load, save, delete, test switch and range change ends in new chart data: the signals follow it.
        chartData.addListener((obs, old, now) -> showSignals(now));
    }

    /**
     * Reads the treatment (plan and start) and the shown test's results from the journal: again after an
     * import, or when the plan may have changed.
     */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        async.run(() -> TreatmentHistory.read(plan, settings, personId, today), h -> {
            apply(h);
            range.preferTreatmentLine(h.start());   // unless the person chose a range this session
            reload();
        }, this::fail);
    }

    /** Saves the form (a new result, or the one being edited). False when the form shows messages. */
    public boolean save() {
        var checked = form.check();
        if (checked.isEmpty()) return false;
        LabResult r = checked.get();
        boolean isEdit = form.editingProperty().get() != null;
        async.run(() -> {
            if (isEdit) {
                labs.update(r);
                return r;
            }
            return labs.add(personId, r);
        }, saved -> {
            status.set((isEdit ? "Changed " : "Saved ") + describe(saved) + ".");
            form.clear();
            if (test.get() != saved.test()) test.set(saved.test()); else reload();
        }, this::fail);
        return true;
    }

    public void delete(LabResult r) {
        async.run(() -> {
            labs.delete(r.id());
            return r;
        }, gone -> {
            lastDeleted.set(gone);
            status.set("Deleted " + describe(gone) + ".");
            if (form.editingProperty().get() != null && form.editingProperty().get().id() == gone.id()) form.clear();
            reload();
        }, this::fail);
    }

    /** Puts the last deleted result back, with its id, so nothing is lost by a slip of the hand. */
    public void undoDelete() {
        LabResult r = lastDeleted.get();
        if (r == null) return;
        async.run(() -> labs.restore(personId, r), back -> {
            lastDeleted.set(null);
            status.set("Put back " + describe(back) + ".");
            reload();
        }, this::fail);
    }

    /** Leaves a point out of the trend, or uses it again (a flare, a lab error). Remembered in the journal. */
    public void toggleExcluded(LabResult r) {
        boolean exclude = !r.excluded();
        async.run(() -> {
            labs.setExcluded(r.id(), exclude);
            return r;
        }, done -> {
            status.set((exclude ? "Left out of the trend: " : "Used in the trend again: ") + describe(done) + ".");
            reload();
        }, this::fail);
    }

    /**
     * Keeps the treatment start set by hand. It is used while the plan has no treatment line; once it has
     * one, the line's start is used instead (and the screen says so).
     */
    public void setTreatmentStart(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        async.run(() -> {
            settings.setTreatmentStart(personId, date);
            return TreatmentHistory.read(plan, settings, personId, today);
        }, h -> {
            apply(h);
            rebuildChart();
        }, this::fail);
    }

    private void apply(TreatmentHistory h) {
        history = h;
        treatmentStart.set(h.start());
        currentLine.set(h.currentLine());
        treatmentStartNote.set(note(h));
    }

    /** Says where the treatment start comes from, so the person knows which date baseline and nadir use. */
    static String note(TreatmentHistory h) {
        if (h.fromPlan()) {
            String name = h.currentLine().name().isEmpty() ? "the current treatment line" : "\"" + h.currentLine().name() + "\"";
            return "From your medication plan: " + name + ", started " + DatePickers.DATE.format(h.start())
                    + ". Baseline and nadir are counted from it.";
        }
        if (h.start() != null) {
            return "Set by hand. Mark a treatment line in Medications and its start is used instead.";
        }
        return "Not set. Set the day the current treatment began, or mark a treatment line in Medications, "
                + "to see baseline and nadir.";
    }

    /** The dates the chart and kinetics cover now. */
    public DateRange visibleRange() {
        return range.resolve(LocalDate.now(clock), treatmentStart.get());
    }

    private void reload() {
        LabTest shown = test.get();
        DateRange visible = visibleRange();
        LocalDate start = treatmentStart.get();
        var timeline = history.timeline();
        async.run(() -> {
            List<LabResult> rows = labs.forTest(personId, shown);
            return new Loaded(rows, LabChartData.build(shown, rows, visible, start, timeline));
        }, loaded -> {
            if (shown != test.get()) return;   // the person switched test meanwhile; a newer load follows
            results.setAll(loaded.rows());
            chartData.set(loaded.chart());
        }, this::fail);
    }

    private void rebuildChart() {
        chartData.set(LabChartData.build(test.get(), List.copyOf(results), visibleRange(), treatmentStart.get(),
                history.timeline()));
    }

    private void showSignals(LabChartData data) {
        List<LearnSignal> fresh = data == null ? List.of() : LabsSignals.of(data.test(), data.kinetics());
        if (!signals.equals(fresh)) signals.setAll(fresh);
    }

    private void fail(Throwable e) {
        status.set("Could not reach the journal file: " + e.getMessage() + " Nothing was changed.");
    }

    private static String describe(LabResult r) {
        return r.test().displayName() + " " + r.value().display() + " " + r.test().canonicalUnit().symbol()
                + " from " + DatePickers.DATE.format(r.date());
    }

    private record Loaded(List<LabResult> rows, LabChartData chart) {}

    public LabEntryFormModel form() { return form; }
    public ObjectProperty<LabTest> testProperty() { return test; }
    public ObservableList<LabResult> results() { return results; }
    /** The chart range, shared with other screens when the app passed one in. */
    public ChartRange chartRange() { return range; }
    /** The start baseline and nadir count from: the current treatment line's, else the one set by hand. */
    public ReadOnlyObjectProperty<LocalDate> treatmentStartProperty() { return treatmentStart; }
    /** The treatment line the start comes from; null when it is set by hand or not at all. */
    public ReadOnlyObjectProperty<TreatmentLine> currentLineProperty() { return currentLine.getReadOnlyProperty(); }
    /** A sentence saying where the treatment start comes from. */
    public ReadOnlyStringProperty treatmentStartNoteProperty() { return treatmentStartNote.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LabChartData> chartDataProperty() { return chartData.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LabResult> lastDeletedProperty() { return lastDeleted.getReadOnlyProperty(); }
    public StringProperty statusProperty() { return status; }
    /**
     * What the "Learn more" panel should explain: the test charted and, for PSA, a rise meeting the trial
     * definition of progression. Replaced as a whole when the chart changes; read-only.
     */
    public ObservableList<LearnSignal> learnSignals() { return readOnlySignals; }
}
