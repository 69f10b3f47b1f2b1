package org.carejournal.ui.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.ui.Async;
import org.carejournal.charts.LabChartData;
import org.carejournal.ui.charts.RangeChoice;
import org.carejournal.charts.TreatmentTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labs screen's logic on a real journal file, without a window. */
class LabsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path dir;
    JournalSession session;
    Person person;
    LabsViewModel vm;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.db"));
        person = session.people().create("P");
        // PSA 1 → 2 → 4, 60 days apart: doubling time exactly 60 days.
        session.labs().addAll(person.id(), List.of(
                psa(TODAY.minusDays(120), 1), psa(TODAY.minusDays(60), 2), psa(TODAY, 4),
                psa(TODAY.minusDays(500), 30)));
        vm = new LabsViewModel(session.labs(), session.settings(), session.plan(), person.id(), new org.carejournal.ui.charts.ChartRange(), Async.direct(), CLOCK);
        vm.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    static LabResult psa(LocalDate d, double v) {
        return LabResult.of(LabTest.PSA, d, LabValue.exact(v));
    }

    @Test
    void oneYearRangeLeavesOlderValuesOutOfTheKinetics() {
        vm.chartRange().choiceProperty().set(RangeChoice.ONE_YEAR);
        LabChartData data = vm.chartDataProperty().get();
        assertThat(data.kinetics().pointsUsed()).isEqualTo(3);
        assertThat(data.kinetics().doublingTimeDays()).isCloseTo(60.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(data.pointCount()).isEqualTo(3);
    }

    @Test
    void excludingAPointIsRememberedAndChangesTheTrend() {
        vm.chartRange().choiceProperty().set(RangeChoice.ONE_YEAR);
        LabResult middle = vm.results().stream().filter(r -> r.value().value() == 2).findFirst().orElseThrow();
        vm.toggleExcluded(middle);
        LabChartData data = vm.chartDataProperty().get();
        assertThat(data.kinetics().pointsUsed()).isEqualTo(2);
        assertThat(data.kinetics().pointsExcluded()).isEqualTo(1);
        assertThat(data.dataset().getSeries(LabChartData.EXCLUDED).getItemCount()).isEqualTo(1);
        assertThat(session.labs().forTest(person.id(), LabTest.PSA)).filteredOn(LabResult::excluded).hasSize(1);
    }

    @Test
    void treatmentStartIsKeptInTheJournalAndSetsTheBaseline() {
        vm.setTreatmentStart(TODAY.minusDays(100));
        vm.chartRange().choiceProperty().set(RangeChoice.SINCE_TREATMENT);
        assertThat(session.settings().treatmentStart(person.id())).contains(TODAY.minusDays(100));
        LabChartData data = vm.chartDataProperty().get();
        assertThat(data.kinetics().baseline().value().value()).isEqualTo(1.0);
        assertThat(data.pointCount()).isEqualTo(2);
        assertThat(vm.treatmentStartNoteProperty().get()).startsWith("Set by hand.");
    }

    /** Abiraterone daily from {@code start}, marked as a treatment line starting then. */
    void addLine(LocalDate start, String name) {
        Medication m = session.plan().add(person.id(),
                Medication.draft("abiraterone", "Abiraterone (Zytiga)", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH));
        session.plan().addSchedule(Rhythms.daily(m.id(), start, null, List.of(LocalTime.of(8, 0)), "1000 mg"));
        session.plan().addLine(person.id(), new TreatmentLine(0, start, name, Set.of(m.id())));
    }

    @Test
    void theCurrentTreatmentLineOfThePlanSetsTheStartInsteadOfTheOneSetByHand() {
        session.settings().setTreatmentStart(person.id(), TODAY.minusDays(400));
        addLine(TODAY.minusDays(100), "Abiraterone + prednisone");
        addLine(TODAY.plusDays(30), "Planned next");   // not begun: not current
        vm.load();

        assertThat(vm.treatmentStartProperty().get()).isEqualTo(TODAY.minusDays(100));
        assertThat(vm.currentLineProperty().get().name()).isEqualTo("Abiraterone + prednisone");
        assertThat(vm.treatmentStartNoteProperty().get())
                .isEqualTo("From your medication plan: \"Abiraterone + prednisone\", started 2026-08-16. "
                        + "Baseline and nadir are counted from it.");
        // The range follows the line: PSA 2 and 4 since then; the baseline is the 1 from before it.
        assertThat(vm.chartRange().choiceProperty().get()).isEqualTo(RangeChoice.SINCE_TREATMENT);
        LabChartData data = vm.chartDataProperty().get();
        assertThat(data.treatmentStart()).isEqualTo(TODAY.minusDays(100));
        assertThat(data.pointCount()).isEqualTo(2);
        assertThat(data.kinetics().baseline().value().value()).isEqualTo(1.0);
        assertThat(data.timeline().rows()).singleElement().satisfies(r -> assertThat(r.periods())
                .containsExactly(new TreatmentTimeline.Period(TODAY.minusDays(100), TODAY)));
        assertThat(data.timeline().lineStarts()).extracting(TreatmentTimeline.LineStart::date)
                .containsExactly(TODAY.minusDays(100));
    }

    @Test
    void aLineNotYetBegunLeavesTheStartSetByHandInUse() {
        session.settings().setTreatmentStart(person.id(), TODAY.minusDays(100));
        addLine(TODAY.plusDays(10), "Docetaxel");
        vm.load();
        assertThat(vm.treatmentStartProperty().get()).isEqualTo(TODAY.minusDays(100));
        assertThat(vm.currentLineProperty().get()).isNull();
        assertThat(vm.treatmentStartNoteProperty().get()).startsWith("Set by hand.");
    }

    @Test
    void withNoLineAndNoDateTheScreenSaysTheStartIsNotSet() {
        assertThat(vm.treatmentStartProperty().get()).isNull();
        assertThat(vm.treatmentStartNoteProperty().get()).startsWith("Not set.");
        assertThat(vm.chartDataProperty().get().timeline().isEmpty()).isTrue();
    }

    @Test
    void editingKeepsTheIdAndChangesTheValue() {
        LabResult first = vm.results().get(0);
        vm.form().edit(first);
        vm.form().valueProperty().set("31");
        assertThat(vm.save()).isTrue();
        assertThat(session.labs().forTest(person.id(), LabTest.PSA)).filteredOn(r -> r.id() == first.id())
                .singleElement().extracting(r -> r.value().value()).isEqualTo(31.0);
        assertThat(vm.form().editingProperty().get()).isNull();
    }

    @Test
    void savingAnotherTestSwitchesTheScreenToIt() {
        vm.form().testProperty().set(LabTest.TESTOSTERONE);
        vm.form().valueProperty().set("1.2");
        vm.form().unitProperty().set("nmol/L");
        assertThat(vm.save()).isTrue();
        assertThat(vm.testProperty().get()).isEqualTo(LabTest.TESTOSTERONE);
        assertThat(vm.results()).singleElement().satisfies(r -> {
            assertThat(r.value().value()).isCloseTo(34.608, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.enteredText()).isEqualTo("1.2");
            assertThat(r.enteredUnit()).isEqualTo("nmol/L");
        });
        assertThat(vm.chartDataProperty().get().kinetics()).isNull();
    }

    @Test
    void aPsaRiseNotYetConfirmedIsFlaggedAsMayMeetTheProgressionDefinition() {
        // Baseline 30, nadir 1, then 4: 3 above the nadir with nothing 3 weeks later yet.
        assertThat(vm.learnSignals()).containsExactly(
                new LearnSignal("lab-psa", LearnSignal.SHOWN, "The PSA chart is on screen."),
                new LearnSignal(LearnTags.PSA, LearnSignal.SHOWN, "The PSA chart is on screen."),
                new LearnSignal(LearnTags.PROGRESSION, LearnSignal.FLAGGED,
                        "Your PSA rise may meet the trial definition of progression once confirmed by a later test."));
    }

    @Test
    void aConfirmedPsaRiseMeetsTheProgressionDefinition() {
        // 3.5 is 2.5 above the nadir of 1, and the 4 thirty days later confirms it.
        session.labs().addAll(person.id(), List.of(psa(TODAY.minusDays(30), 3.5)));
        vm.load();
        assertThat(vm.learnSignals()).filteredOn(s -> s.tag().equals(LearnTags.PROGRESSION)).containsExactly(
                new LearnSignal(LearnTags.PROGRESSION, LearnSignal.FLAGGED,
                        "Your PSA rise meets the trial definition of progression."));
    }

    @Test
    void leavingTheRiseOutOfTheTrendTakesTheProgressionSignalAwayInOneChange() {
        int[] changes = {0};
        vm.learnSignals().addListener((javafx.collections.ListChangeListener<LearnSignal>) c -> changes[0]++);
        LabResult rise = vm.results().stream().filter(r -> r.value().value() == 4).findFirst().orElseThrow();
        vm.toggleExcluded(rise);
        assertThat(vm.learnSignals()).extracting(LearnSignal::tag).containsExactly("lab-psa", LearnTags.PSA);
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void anotherTestShowsItsOwnTagOnly() {
        vm.testProperty().set(LabTest.ALKALINE_PHOSPHATASE);
        assertThat(vm.learnSignals()).containsExactly(
                new LearnSignal("lab-alp", LearnSignal.SHOWN, "The alkaline phosphatase chart is on screen."));
    }

    @Test
    void theSignalsCannotBeChangedFromOutside() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.learnSignals().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
