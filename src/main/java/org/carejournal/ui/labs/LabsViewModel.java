package org.carejournal.ui.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.LabTest;
import org.carejournal.ui.Async;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.ui.charts.LabChartData;

/**
 * The PSA and labs screen: which test and range is shown, its results, chart data and kinetics,
 * and the commands to add, edit, delete (with Undo) and leave points out of the trend.
 */
public final class LabsViewModel {
    private final LabResults labs;
    private final JournalSettings settings;
    private final long personId;
    private final Async async;
    private final Clock clock;
    private final ChartRange range;

    private final ObjectProperty<LabTest> test = new SimpleObjectProperty<>(LabTest.PSA);
    private final ObservableList<LabResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> treatmentStart = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LabChartData> chartData = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabResult> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final LabEntryFormModel form;

    /**
     * A screen with a range of its own, not shared with other screens. Kept until the app hands every
     * screen one {@link ChartRange}; prefer the constructor that takes it.
     */
    /** @param range the chart range shared with the other chart screens of this journal */
    public LabsViewModel(LabResults labs, JournalSettings settings, long personId, ChartRange range, Async async,
                         Clock clock) {
        this.labs = labs;
        this.range = range;
        this.settings = settings;
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
    }

    /** Reads the treatment start and the shown test's results from the journal (again after an import). */
    public void load() {
        async.run(() -> settings.treatmentStart(personId).orElse(null), start -> {
            treatmentStart.set(start);
            range.preferTreatmentLine(start);   // unless the person chose a range this session
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

    public void setTreatmentStart(LocalDate date) {
        async.run(() -> {
            settings.setTreatmentStart(personId, date);
            return date;
        }, d -> {
            treatmentStart.set(d);
            rebuildChart();
        }, this::fail);
    }

    /** The dates the chart and kinetics cover now. */
    public DateRange visibleRange() {
        return range.resolve(LocalDate.now(clock), treatmentStart.get());
    }

    private void reload() {
        LabTest shown = test.get();
        DateRange visible = visibleRange();
        LocalDate start = treatmentStart.get();
        async.run(() -> {
            List<LabResult> rows = labs.forTest(personId, shown);
            return new Loaded(rows, LabChartData.build(shown, rows, visible, start));
        }, loaded -> {
            if (shown != test.get()) return;   // the person switched test meanwhile; a newer load follows
            results.setAll(loaded.rows());
            chartData.set(loaded.chart());
        }, this::fail);
    }

    private void rebuildChart() {
        chartData.set(LabChartData.build(test.get(), List.copyOf(results), visibleRange(), treatmentStart.get()));
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
    public ReadOnlyObjectProperty<LocalDate> treatmentStartProperty() { return treatmentStart; }
    public ReadOnlyObjectProperty<LabChartData> chartDataProperty() { return chartData.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LabResult> lastDeletedProperty() { return lastDeleted.getReadOnlyProperty(); }
    public StringProperty statusProperty() { return status; }
}
