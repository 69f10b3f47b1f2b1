package org.carejournal.ui.symptoms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carejournal.ui.symptoms.TrendsData.CLOCK;
import static org.carejournal.ui.symptoms.TrendsData.TODAY;
import static org.carejournal.ui.symptoms.TrendsData.daysAgo;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.carejournal.analysis.SymptomHeatmap;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.ui.Async;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.charts.PainChartData;
import org.carejournal.ui.charts.RangeChoice;
import org.carejournal.charts.TreatmentTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trends screen's logic on a real journal file, without a window; figures worked out by hand from {@link TrendsData}. */
class SymptomsViewModelTest {
    @TempDir
    Path dir;
    JournalSession session;
    Person person;
    ChartRange range = new ChartRange();
    SymptomsViewModel vm;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.db"));
        person = session.people().create("P");
        TrendsData.fill(session, person.id());
        vm = new SymptomsViewModel(session.checkIns(), session.painLog(), session.symptoms(), session.settings(), session.plan(),
                person.id(), range, Async.direct(), CLOCK);
        vm.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void painChartSeriesUseTheDaysBeforeTheRangeForTheRollingMean() {
        range.choiceProperty().set(RangeChoice.CUSTOM);
        range.customFromProperty().set(daysAgo(3));
        range.customToProperty().set(TODAY);

        PainChartData chart = vm.painChartProperty().get();
        // T−3: worst max(8, 4) = 8, average (5 + 4) / 2; T−2: worst 3; T: average 2 only.
        assertThat(chart.values(PainChartData.WORST)).containsExactly(8.0, 3.0);
        assertThat(chart.values(PainChartData.AVERAGE)).containsExactly(4.5, 2.0);
        // T−3: T−9..T−3 → 6, 4, 7, 2, 8 = 27 / 5; T−2: T−8..T−2 → 4, 7, 2, 8, 3 = 24 / 5; T: T−6..T → 7, 2, 8, 3 = 20 / 4.
        List<Double> rolling = chart.values(PainChartData.ROLLING);
        assertThat(rolling).hasSize(3);
        assertThat(rolling.get(0)).isCloseTo(5.4, within(1e-9));
        assertThat(rolling.get(1)).isCloseTo(4.8, within(1e-9));
        assertThat(rolling.get(2)).isCloseTo(5.0, within(1e-9));
        assertThat(chart.shownFrom()).isEqualTo(daysAgo(3));
        assertThat(chart.shownTo()).isEqualTo(TODAY);
        assertThat(chart.dataset().getSeries(PainChartData.ROLLING).getKey()).isEqualTo("7-day average of worst pain");
    }

    @Test
    void heatmapShowsEveryDayFromTheFirstCheckInAndLeavesHiddenSymptomsOut() {
        SymptomHeatmap map = vm.heatmapProperty().get();
        assertThat(map.symptoms()).extracting(Symptom::name).containsExactly("Bone pain", "Poor sleep");
        assertThat(map.days()).hasSize(11).startsWith(daysAgo(10)).endsWith(TODAY);
        int walk = map.dayIndex(daysAgo(4));
        assertThat(map.rating(0, walk)).isEqualTo(5);
        assertThat(map.note(walk)).isEqualTo("Walked to the shop");
        assertThat(map.rating(1, map.dayIndex(daysAgo(9)))).isEqualTo(SymptomHeatmap.NOT_RATED);
    }

    @Test
    void comparisonsOfTheLast7And30Days() {
        // Last 7 days (T−6..T): average pain (3 + 4.5 + 2) / 3 = 3.17, none before; worst (7 + 2 + 8 + 3) / 4 = 5.0
        // against (6 + 4) / 2 = 5.0; severe days T−6 and T−3 (pain), none before (the hidden nausea 9 does not count);
        // Bone pain 2 → 5.5, Poor sleep 3 → 5.5.
        assertThat(vm.comparison7Property().get().sentences()).containsExactly(
                "Average pain in the last 7 days: 3.2.",
                "Worst pain of the day, averaged over the last 7 days: 5.0, the same as in the 7 days before.",
                "Days with a severe symptom or severe pain (7 or more): 2 (before: 0).",
                "Getting worse: Bone pain, Poor sleep.");
        // Last 30 days: worst (6 + 4 + 7 + 2 + 8 + 3) / 6 = 5.0; nothing in the 30 days before.
        assertThat(vm.comparison30Property().get().sentences()).containsExactly(
                "Average pain in the last 30 days: 3.2.",
                "Worst pain of the day, averaged over the last 30 days: 5.0.",
                "Days with a severe symptom or severe pain (7 or more): 2.",
                "Not enough entries from the 30 days before to compare.");
        assertThat(vm.emptyProperty().get()).isFalse();
    }

    @Test
    void aTreatmentStartShowsTheTreatmentLineUnlessThePersonChoseARange() {
        session.settings().setTreatmentStart(person.id(), daysAgo(5));
        vm.load();
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.SINCE_TREATMENT);
        assertThat(vm.heatmapProperty().get().days()).hasSize(6);
        assertThat(vm.painChartProperty().get().range()).isEqualTo(new DateRange(daysAgo(5), null));

        range.choiceProperty().set(RangeChoice.ALL);
        vm.load();
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.ALL);
        assertThat(vm.heatmapProperty().get().days()).hasSize(11);
    }

    @Test
    void theCurrentTreatmentLineSetsTheStartAndItsMedicineIsDrawnUnderThePainChart() {
        session.settings().setTreatmentStart(person.id(), daysAgo(9));   // set by hand before the plan had lines
        Medication m = session.plan().add(person.id(),
                Medication.draft("docetaxel", "Docetaxel (Taxotere)", DrugClass.CHEMOTHERAPY, Route.INFUSION));
        session.plan().addSchedule(Rhythms.cycle(m.id(), daysAgo(5), 21, 6, LocalTime.of(9, 0), "75 mg/m2"));
        session.plan().addLine(person.id(), new TreatmentLine(0, daysAgo(5), "Docetaxel", Set.of(m.id())));
        vm.load();

        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.SINCE_TREATMENT);
        assertThat(vm.treatmentStartProperty().get()).isEqualTo(daysAgo(5));
        PainChartData chart = vm.painChartProperty().get();
        assertThat(chart.range()).isEqualTo(new DateRange(daysAgo(5), null));
        // The first cycle runs 21 days from T−5; the chart shows it up to today.
        assertThat(chart.timeline().rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Docetaxel (Taxotere)");
            assertThat(r.periods()).containsExactly(new TreatmentTimeline.Period(daysAgo(5), TODAY));
        });
        assertThat(chart.timeline().lineStarts()).extracting(TreatmentTimeline.LineStart::date).containsExactly(daysAgo(5));
    }

    @Test
    void aJournalWithoutEntriesShowsTheEmptyState() {
        SymptomsViewModel none = new SymptomsViewModel(session.checkIns(), session.painLog(), session.symptoms(),
                session.settings(), session.plan(), session.people().create("Nobody yet").id(), new ChartRange(),
                Async.direct(), CLOCK);
        assertThat(none.emptyProperty().get()).isFalse();   // not before it has looked
        none.load();
        assertThat(none.emptyProperty().get()).isTrue();
        assertThat(none.heatmapProperty().get().dayCount()).isZero();
        assertThat(none.comparison7Property().get().sentences()).containsExactly("No check-ins or pain entries in the last 7 days.");
    }
}
