package org.carejournal.ui.symptoms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.analysis.DailyPain;
import org.carejournal.analysis.PainTrend;
import org.carejournal.analysis.PeriodComparison;
import org.carejournal.analysis.SymptomHeatmap;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Symptoms;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.library.LearnSignal;
import org.carejournal.ui.Async;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.charts.PainChartData;
import org.carejournal.ui.charts.RangeChoice;
import org.carejournal.charts.TreatmentHistory;

/**
 * The symptoms and pain trends screen: the pain chart and symptom heatmap for the shared chart range,
 * and how the last 7 and 30 days compare with the days before them. Read-only: check-ins and pain
 * entries are made elsewhere; call {@link #load()} again when they may have changed.
 */
public final class SymptomsViewModel {
    /** The short comparison period, in days. */
    public static final int WEEK = 7;
    /** The long comparison period, in days. */
    public static final int MONTH = 30;

    private final CheckIns checkIns;
    private final PainLog painLog;
    private final Symptoms symptoms;
    private final JournalSettings settings;
    private final MedicationPlan plan;
    private final long personId;
    private final ChartRange range;
    private final Async async;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<PainChartData> painChart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SymptomHeatmap> heatmap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PeriodComparison> comparison7 = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PeriodComparison> comparison30 = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> treatmentStart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> readOnlySignals = FXCollections.unmodifiableObservableList(signals);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Counts loads, so the answer of an older one (the range changed meanwhile) is dropped. */
    private int generation;

    /**
     * @param plan  the medication plan: its medicines are drawn under the pain chart, and its current
     *              treatment line sets the treatment start (else the one set by hand)
     * @param range the chart range shared with the other chart screens of this journal: choosing a range
     *              here changes theirs and the other way round
     */
    public SymptomsViewModel(CheckIns checkIns, PainLog painLog, Symptoms symptoms, JournalSettings settings,
                             MedicationPlan plan, long personId, ChartRange range, Async async, Clock clock) {
        this.checkIns = checkIns;
        this.painLog = painLog;
        this.symptoms = symptoms;
        this.settings = settings;
        this.plan = plan;
        this.personId = personId;
        this.range = range;
        this.async = async;
        this.clock = clock;
        range.choiceProperty().addListener(obs -> load());
        range.customFromProperty().addListener(obs -> load());
        range.customToProperty().addListener(obs -> load());
    }

    /** Reads the journal for the shown range (again when the range changes, or the screen is shown again). */
    public void load() {
        int ticket = ++generation;
        ChartRange.Snapshot chosen = range.snapshot();
        LocalDate today = LocalDate.now(clock);
        async.run(() -> read(chosen, today), loaded -> {
            if (ticket != generation) return;
            treatmentStart.set(loaded.treatmentStart());
            // On the first look, follow the current treatment line; that change starts a fresh load.
            RangeChoice before = range.choiceProperty().get();
            range.preferTreatmentLine(loaded.treatmentStart());
            if (range.choiceProperty().get() != before) return;
            painChart.set(loaded.chart());
            heatmap.set(loaded.heatmap());
            comparison7.set(loaded.week());
            comparison30.set(loaded.month());
            empty.set(!loaded.anyEntries());
            List<LearnSignal> fresh = SymptomsSignals.of(loaded.chart(), today);
            if (!signals.equals(fresh)) signals.setAll(fresh);
            status.set("");
        }, this::fail);
    }

    /** Background work: every journal read of one load. */
    private Loaded read(ChartRange.Snapshot chosen, LocalDate today) {
        TreatmentHistory treatment = TreatmentHistory.read(plan, settings, personId, today);
        LocalDate start = treatment.start();
        DateRange visible = chosen.resolve(today, start);
        List<Symptom> shown = symptoms.list(personId).stream().filter(s -> !s.hidden()).toList();
        List<CheckIn> shownCheckIns = checkIns.between(personId, visible);
        List<DailyPain> pain = PainTrend.daily(painLog.between(personId, PainTrend.lookback(visible)), visible);

        // The comparisons look at the last 2 × 30 days whatever the chart shows.
        DateRange recent = new DateRange(today.minusDays(2L * MONTH - 1), today);
        List<CheckIn> recentCheckIns = checkIns.between(personId, recent);
        List<DailyPain> recentPain = PainTrend.daily(painLog.between(personId, recent), recent);

        boolean any = !shownCheckIns.isEmpty() || !pain.isEmpty() || checkIns.any(personId) || painLog.any(personId);
        return new Loaded(start,
                PainChartData.build(pain, visible, start, today, treatment.timeline()),
                SymptomHeatmap.build(shownCheckIns, shown, visible, today),
                PeriodComparison.compare(recentCheckIns, recentPain, shown, today, WEEK),
                PeriodComparison.compare(recentCheckIns, recentPain, shown, today, MONTH),
                any);
    }

    private void fail(Throwable e) {
        status.set("Could not read the journal file: " + e.getMessage());
    }

    private record Loaded(LocalDate treatmentStart, PainChartData chart, SymptomHeatmap heatmap,
                          PeriodComparison week, PeriodComparison month, boolean anyEntries) {}

    /** The range shown, shared with the other chart screens. */
    public ChartRange chartRange() { return range; }
    public ReadOnlyObjectProperty<PainChartData> painChartProperty() { return painChart.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SymptomHeatmap> heatmapProperty() { return heatmap.getReadOnlyProperty(); }
    /** The last 7 days against the 7 before. */
    public ReadOnlyObjectProperty<PeriodComparison> comparison7Property() { return comparison7.getReadOnlyProperty(); }
    /** The last 30 days against the 30 before. */
    public ReadOnlyObjectProperty<PeriodComparison> comparison30Property() { return comparison30.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> treatmentStartProperty() { return treatmentStart.getReadOnlyProperty(); }
    /** True once loaded when the journal has no check-in and no pain entry at all. */
    public ReadOnlyBooleanProperty emptyProperty() { return empty.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /**
     * What the "Learn more" panel should explain: the pain chart, high pain in its last two weeks, symptom
     * trends. Replaced as a whole on every load (also when the range changes); read-only.
     */
    public ObservableList<LearnSignal> learnSignals() { return readOnlySignals; }
}
