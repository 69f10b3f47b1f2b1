package org.carejournal.ui.medications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.carejournal.ui.medications.MedsFixture.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.analysis.AdherencePoint;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Medicines view model on a real journal file, without a window, on Tuesday 24 Nov 2026 at 10:30.
 * Abiraterone is due daily at 08:00 since Friday 20 Nov; prednisone at 08:00 and 20:00 from today.
 */
class MedicationsViewModelTest {
    @TempDir
    Path dir;
    MedsFixture f;
    MedicationsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new MedsFixture(dir);
        vm = f.vm;
    }

    @AfterEach
    void close() {
        f.close();
    }

    void withPlan() {
        f.abiraterone();
        f.prednisone();
        vm.load();
    }

    @Test
    void aNewJournalShowsTheEmptyState() {
        vm.load();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.doses().today()).isEmpty();
        assertThat(vm.adherence().overallProperty().get().figure()).isEqualTo(AdherenceRow.NO_DOSES);
    }

    @Test
    void todaysDosesInTimeOrderWithTheirStateInWords() {
        withPlan();
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.doses().today()).extracting(DoseRowModel::when, DoseRowModel::what, r -> r.stateTextProperty().get())
                .containsExactly(
                        tuple("08:00", "Abiraterone 1000 mg", "Not recorded yet"),
                        tuple("08:00", "Prednisone 5 mg", "Not recorded yet"),
                        tuple("20:00", "Prednisone 5 mg", "To take at 20:00"));
        assertThat(vm.current()).extracting(PlanRow::name, PlanRow::schedule).containsExactly(
                tuple("Abiraterone", "Every day at 08:00"),
                tuple("Prednisone", "Every day at 08:00 and 20:00"));
        assertThat(vm.past()).isEmpty();
    }

    @Test
    void markingTakenSavesTheDoseAndUpdatesTheRowAndAdherence() {
        withPlan();
        DoseRowModel row = f.today("08:00", "Abiraterone 1000 mg");
        vm.doses().markTaken(row);

        // Taken "as planned": at its due time, 08:00, though it was ticked at 10:30.
        assertThat(f.logged()).filteredOn(e -> e.day().equals(TODAY)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DoseStatus.TAKEN);
            assertThat(e.dueAt()).isEqualTo(TODAY.atTime(8, 0));
            assertThat(e.takenAt()).isEqualTo(TODAY.atTime(8, 0));
        });
        assertThat(f.today("08:00", "Abiraterone 1000 mg")).isSameAs(row);   // the same row: the focus stays
        assertThat(row.stateTextProperty().get()).isEqualTo("Taken at 08:00");
        assertThat(row.stateProperty().get()).isEqualTo(DoseRowModel.State.TAKEN);
        // Due up to 10:30 in the last 30 days: abiraterone 20–24 Nov (5), prednisone today at 08:00 (1).
        assertThat(vm.adherence().perMedicine()).extracting(AdherenceRow::name, AdherenceRow::figure).containsExactly(
                tuple("Abiraterone", "20 % (1 of 5 planned doses taken)"),
                tuple("Prednisone", "0 % (0 of 1 planned dose taken)"));
        assertThat(vm.adherence().overallProperty().get().figure()).isEqualTo("16 % (1 of 6 planned doses taken)");
        assertThat(vm.adherence().overallProperty().get().fraction()).isEqualTo(1.0 / 6);
        assertThat(vm.statusProperty().get()).isEqualTo("Abiraterone 1000 mg due Tuesday 24 Nov, 08:00: recorded as taken at 08:00.");
    }

    @Test
    void aDoseTakenEarlyIsRecordedAtTheTimeItWasTicked() {
        withPlan();
        vm.doses().markTaken(f.today("20:00", "Prednisone 5 mg"));
        assertThat(f.logged()).singleElement().satisfies(e -> {
            assertThat(e.dueAt()).isEqualTo(TODAY.atTime(20, 0));
            assertThat(e.takenAt()).isEqualTo(TODAY.atTime(10, 30));
        });
        assertThat(f.today("20:00", "Prednisone 5 mg").stateTextProperty().get()).isEqualTo("Taken at 10:30");
    }

    @Test
    void takenAtAnotherTimeChecksTheTimeThenSavesIt() {
        withPlan();
        DoseRowModel row = f.today("08:00", "Prednisone 5 mg");
        vm.doses().openOtherTime(row);
        assertThat(row.modeProperty().get()).isEqualTo(DoseRowModel.Mode.OTHER_TIME);
        assertThat(row.timeProperty().get()).isEqualTo("08:00");

        record Case(String typed, String message) {}
        for (Case c : List.of(new Case("quarter past", DoseWords.TIME_FORM), new Case("7:5", DoseWords.TIME_FORM),
                new Case("24:00", DoseWords.TIME_RANGE), new Case("07:60", DoseWords.TIME_RANGE),
                new Case("10:31", DoseWords.TIME_TO_COME), new Case("", DoseWords.TIME_FORM))) {
            row.timeProperty().set(c.typed());
            assertThat(vm.doses().confirmOtherTime(row)).as(c.typed()).isFalse();
            assertThat(row.timeErrorProperty().get()).as(c.typed()).isEqualTo(c.message());
        }
        assertThat(f.logged()).isEmpty();

        row.timeProperty().set("7.45");
        assertThat(vm.doses().confirmOtherTime(row)).isTrue();
        assertThat(f.logged()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DoseStatus.TAKEN);
            assertThat(e.takenAt()).isEqualTo(TODAY.atTime(7, 45));
        });
        assertThat(row.timeErrorProperty().get()).isEmpty();
        assertThat(row.modeProperty().get()).isEqualTo(DoseRowModel.Mode.LIST);
        assertThat(row.stateTextProperty().get()).isEqualTo("Taken at 07:45");
        assertThat(vm.adherence().overallProperty().get().figure()).isEqualTo("16 % (1 of 6 planned doses taken)");
    }

    @Test
    void skippedWithAReasonCountsAsNotTaken() {
        withPlan();
        DoseRowModel row = f.today("08:00", "Prednisone 5 mg");
        vm.doses().openSkip(row);
        row.reasonProperty().set("  felt sick ");
        vm.doses().confirmSkip(row);

        assertThat(f.logged()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DoseStatus.SKIPPED);
            assertThat(e.reason()).isEqualTo("felt sick");
            assertThat(e.takenAt()).isNull();
        });
        assertThat(row.stateTextProperty().get()).isEqualTo("Skipped: felt sick");
        assertThat(row.stateProperty().get()).isEqualTo(DoseRowModel.State.SKIPPED);
        assertThat(row.reasonProperty().get()).isEmpty();
        assertThat(vm.adherence().perMedicine().get(1).figure()).isEqualTo("0 % (0 of 1 planned dose taken)");

        // Undo: the dose is open again and the log is empty.
        vm.doses().undo(row);
        assertThat(f.logged()).isEmpty();
        assertThat(row.stateTextProperty().get()).isEqualTo("Not recorded yet");
        assertThat(row.recorded()).isFalse();
    }

    @Test
    void missedDosesAreListedUntilRecordedAndComeBackOnUndo() {
        withPlan();
        assertThat(vm.doses().missed()).extracting(DoseRowModel::when).containsExactly(
                "Friday 20 Nov, 08:00", "Saturday 21 Nov, 08:00", "Sunday 22 Nov, 08:00", "Monday 23 Nov, 08:00");
        assertThat(vm.doses().missed()).allMatch(r -> r.what().equals("Abiraterone 1000 mg"));

        vm.doses().markTaken(vm.doses().missed().get(0));
        DoseRowModel sunday = vm.doses().missed().get(1);
        vm.doses().openSkip(sunday);
        vm.doses().confirmSkip(sunday);

        assertThat(vm.doses().missed()).extracting(DoseRowModel::when)
                .containsExactly("Saturday 21 Nov, 08:00", "Monday 23 Nov, 08:00");
        assertThat(f.logged()).extracting(DoseEvent::dueAt, DoseEvent::status, DoseEvent::takenAt).containsExactly(
                tuple(TODAY.minusDays(4).atTime(8, 0), DoseStatus.TAKEN, TODAY.minusDays(4).atTime(8, 0)),
                tuple(TODAY.minusDays(2).atTime(8, 0), DoseStatus.SKIPPED, null));
        assertThat(vm.adherence().perMedicine().get(0).figure()).isEqualTo("20 % (1 of 5 planned doses taken)");

        // The status bar's Undo takes back the last answer (the skipped Sunday dose).
        assertThat(vm.doses().canUndoProperty().get()).isTrue();
        vm.doses().undoLast();
        assertThat(vm.doses().missed()).extracting(DoseRowModel::when)
                .containsExactly("Saturday 21 Nov, 08:00", "Sunday 22 Nov, 08:00", "Monday 23 Nov, 08:00");
        assertThat(vm.doses().canUndoProperty().get()).isFalse();
    }

    @Test
    void asNeededDosesAreLoggedWithTimeAmountAndReason() {
        f.paracetamol();
        vm.load();
        AsNeededModel para = vm.doses().asNeeded().get(0);
        assertThat(para.name()).isEqualTo("Paracetamol");
        assertThat(para.instruction()).isEqualTo("1 g – up to 4 times a day");
        assertThat(vm.doses().today()).isEmpty();

        vm.doses().openLog(para);
        assertThat(para.timeProperty().get()).isEqualTo("10:30");
        assertThat(para.amountProperty().get()).isEqualTo("1 g");
        para.timeProperty().set("11:00");
        assertThat(vm.doses().logAsNeeded(para)).isFalse();
        assertThat(para.timeErrorProperty().get()).isEqualTo(DoseWords.TIME_TO_COME);
        assertThat(f.logged()).isEmpty();

        para.timeProperty().set("09:15");
        para.reasonProperty().set("back pain");
        assertThat(vm.doses().logAsNeeded(para)).isTrue();
        assertThat(f.logged()).singleElement().satisfies(e -> {
            assertThat(e.planned()).isFalse();
            assertThat(e.takenAt()).isEqualTo(TODAY.atTime(9, 15));
            assertThat(e.amount()).isEqualTo("1 g");
            assertThat(e.reason()).isEqualTo("back pain");
        });
        assertThat(vm.doses().asNeeded().get(0).loggedToday()).containsExactly("09:15 – 1 g – back pain");
        assertThat(para.formOpenProperty().get()).isFalse();
        // As-needed doses are not planned: nothing for adherence to count.
        assertThat(vm.adherence().overallProperty().get().figure()).isEqualTo(AdherenceRow.NO_DOSES);

        // Logged by mistake: the status bar's Undo takes it back.
        assertThat(vm.doses().canUndoProperty().get()).isTrue();
        vm.doses().undoLast();
        assertThat(f.logged()).isEmpty();
        assertThat(vm.doses().asNeeded().get(0).loggedToday()).isEmpty();
        assertThat(vm.doses().canUndoProperty().get()).isFalse();
    }

    @Test
    void removingWithKeepHistoryKeepsTheDosesAndListsItAsPast() {
        withPlan();
        vm.doses().markTaken(vm.doses().missed().get(0));
        vm.doses().markTaken(f.today("08:00", "Abiraterone 1000 mg"));
        List<RemoveQuestion> asked = new ArrayList<>();
        vm.askRemove(vm.current().get(0), asked::add);
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.item().medication().name()).isEqualTo("Abiraterone");
            assertThat(q.loggedDoses()).isEqualTo(2);
        });

        vm.remove(asked.get(0).item());

        assertThat(f.planChanges).isEqualTo(1);
        assertThat(vm.current()).extracting(PlanRow::name).containsExactly("Prednisone");
        // Taken out from today: its plan ends yesterday, and it no longer asks for doses.
        assertThat(vm.past()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Abiraterone");
            assertThat(r.schedule()).isEqualTo("Every day at 08:00, stopped on 23 Nov 2026 (taken out of the plan)");
        });
        assertThat(f.logged()).hasSize(2);
        assertThat(vm.doses().missed()).isEmpty();
        assertThat(vm.doses().today()).extracting(DoseRowModel::what).containsOnly("Prednisone 5 mg");
        assertThat(vm.statusProperty().get()).isEqualTo("Abiraterone was taken out of the plan. Its history is kept.");
    }

    @Test
    void deletingTakesTheDosesWithIt() {
        withPlan();
        vm.doses().markTaken(f.today("08:00", "Abiraterone 1000 mg"));
        PlanItem abiraterone = vm.current().get(0).item();
        vm.delete(abiraterone);
        assertThat(vm.current()).extracting(PlanRow::name).containsExactly("Prednisone");
        assertThat(vm.past()).isEmpty();
        assertThat(f.logged()).isEmpty();
        assertThat(f.planChanges).isEqualTo(1);
    }

    @Test
    void aMedicineWithoutDosesIsAskedAboutPlainly() {
        withPlan();
        List<RemoveQuestion> asked = new ArrayList<>();
        vm.askRemove(vm.current().get(1), asked::add);
        assertThat(asked).singleElement().satisfies(q -> assertThat(q.hasDoses()).isFalse());
    }

    @Test
    void stoppingAsksForAGoodLastDay() {
        withPlan();
        PlanRow abiraterone = vm.current().get(0);
        vm.beginStop(abiraterone);
        assertThat(vm.stopDayProperty().get()).isEqualTo("2026-11-24");

        vm.stopDayProperty().set("23/11/2026");
        assertThat(vm.confirmStop()).isFalse();
        assertThat(vm.stopDayErrorProperty().get()).contains("year-month-day");
        vm.stopDayProperty().set("2026-11-19");
        assertThat(vm.confirmStop()).isFalse();
        assertThat(vm.stopDayErrorProperty().get()).isEqualTo("The last day cannot be before the medicine was started, on 2026-11-20.");
        assertThat(f.planChanges).isZero();

        vm.stopDayProperty().set("2026-11-22");
        assertThat(vm.confirmStop()).isTrue();
        assertThat(vm.stoppingProperty().get()).isNull();
        assertThat(f.planChanges).isEqualTo(1);
        assertThat(vm.past()).extracting(PlanRow::schedule).containsExactly("Every day at 08:00, stopped on 22 Nov 2026");
        // The 23 Nov dose is no longer due, so no longer missed.
        assertThat(vm.doses().missed()).extracting(DoseRowModel::when)
                .containsExactly("Friday 20 Nov, 08:00", "Saturday 21 Nov, 08:00", "Sunday 22 Nov, 08:00");
    }

    @Test
    void aTreatmentLineNeedsADayAndAMedicine() {
        withPlan();
        vm.openLineForm();
        LineFormModel form = vm.lineForm();
        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.startProperty().get()).isEqualTo("2026-11-24");
        assertThat(form.choices()).extracting(PlanRow::name).containsExactly("Abiraterone", "Prednisone");

        form.startProperty().set("2026-02-30");
        assertThat(vm.saveLine()).isFalse();
        assertThat(form.startErrorProperty().get()).isNotEmpty();
        assertThat(form.medicinesErrorProperty().get()).isEqualTo("Tick at least one medicine that started this line.");
        assertThat(f.plan.lines(f.person.id())).isEmpty();

        form.startProperty().set("2026-11-20");
        form.nameProperty().set("Abiraterone + prednisone");
        vm.current().forEach(r -> form.chosen().add(r.medicationId()));
        assertThat(vm.saveLine()).isTrue();

        assertThat(vm.lines()).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("From 20 Nov 2026: Abiraterone + prednisone");
            assertThat(l.medicines()).isEqualTo("Abiraterone, Prednisone");
        });
        assertThat(form.openProperty().get()).isFalse();
        assertThat(f.planChanges).isEqualTo(1);

        vm.deleteLine(vm.lines().get(0));
        assertThat(vm.lines()).isEmpty();
        assertThat(f.plan.lines(f.person.id())).isEmpty();
    }

    @Test
    void thePeriodChoiceChangesTheFiguresAndTheWeeklyChart() {
        withPlan();
        vm.doses().markTaken(f.today("08:00", "Abiraterone 1000 mg"));
        // 30 days from Monday 26 Oct: five weeks, the last two with doses due.
        assertThat(vm.adherence().weekly()).extracting(AdherencePoint::weekStart, AdherencePoint::due, AdherencePoint::taken)
                .containsExactly(
                        tuple(TODAY.minusDays(29), 0, 0),
                        tuple(TODAY.minusDays(22), 0, 0),
                        tuple(TODAY.minusDays(15), 0, 0),
                        tuple(TODAY.minusDays(8), 3, 0),
                        tuple(TODAY.minusDays(1), 3, 1));

        // "All" starts with the plan, on Friday 20 Nov: the weeks of 16 and 23 Nov.
        vm.adherence().periodProperty().set(AdherencePeriod.ALL);
        assertThat(vm.adherence().weekly()).extracting(AdherencePoint::weekStart)
                .containsExactly(TODAY.minusDays(8), TODAY.minusDays(1));
        assertThat(vm.adherence().overallProperty().get().figure()).isEqualTo("16 % (1 of 6 planned doses taken)");
    }
}
