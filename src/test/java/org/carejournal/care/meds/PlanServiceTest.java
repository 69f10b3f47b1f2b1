package org.carejournal.care.meds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.care.TreatmentContext;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plan changes on a real journal file: versions, history kept, treatment lines, and what the red-flag rules are told. */
class PlanServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalTime EIGHT = LocalTime.of(8, 0);

    @TempDir
    Path dir;
    JournalSession s;
    MedicationPorts ports;
    long person;
    PlanService plan;
    DoseChecklist doses;

    @BeforeEach
    void open() {
        s = JournalSession.open(dir.resolve("j.db"));
        person = s.people().create("P").id();
        ports = s.medicationPorts();
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        plan = new PlanService(ports, clock);
        doses = new DoseChecklist(ports, clock);
    }

    @AfterEach
    void close() {
        s.close();
    }

    static LocalDate d(String iso) { return LocalDate.parse(iso); }

    static Medication med(String name, DrugClass c, Route r) { return Medication.draft(null, name, c, r); }

    PlanItem daily(String name, String start, LocalTime... times) {
        return plan.add(person, med(name, DrugClass.OTHER, Route.BY_MOUTH),
                Rhythms.daily(0, d(start), null, List.of(times), "1 tablet"), false);
    }

    PlanItem reread(PlanItem item) {
        return plan.all(person).stream().filter(i -> i.id() == item.id()).findFirst().orElseThrow();
    }

    @Test
    void addingSavesTheMedicineAndItsFirstVersion() {
        PlanItem item = daily("Abiraterone", "2026-01-01", EIGHT);

        assertThat(item.id()).isPositive();
        assertThat(item.versions()).singleElement().satisfies(v -> {
            assertThat(v.id()).isPositive();
            assertThat(v.medicationId()).isEqualTo(item.id());
        });
        assertThat(plan.plan(person)).containsExactly(item);
        assertThat(plan.lines(person)).isEmpty();
    }

    @Test
    void addingAsTheStartOfATreatmentLineMarksTheLineFromTheFirstDay() {
        PlanItem item = plan.add(person, med("Leuprolide", DrugClass.LHRH_AGONIST, Route.INJECTION),
                Rhythms.every(0, d("2026-02-02"), null, 3, ChronoUnit.MONTHS, LocalTime.of(10, 0), "22.5 mg"), true);

        assertThat(plan.lines(person)).singleElement().satisfies(l -> {
            assertThat(l.start()).isEqualTo(d("2026-02-02"));
            assertThat(l.name()).isEqualTo("Leuprolide");
            assertThat(l.medicationIds()).containsExactly(item.id());
        });
    }

    @Test
    void aLineOfItsOwnNameIsSavedWithTheMedicineAndNoNameMeansNoLine() {
        PlanItem abi = plan.add(person, med("Abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH),
                Rhythms.daily(0, d("2026-03-02"), null, List.of(EIGHT), "1000 mg"), "ADT + abiraterone");
        plan.add(person, med("Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH),
                Rhythms.asNeeded(0, d("2026-03-02"), "1 g", "up to 4 times a day"), (String) null);

        assertThat(plan.lines(person)).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("ADT + abiraterone");
            assertThat(l.start()).isEqualTo(d("2026-03-02"));
            assertThat(l.medicationIds()).containsExactly(abi.id());
        });
    }

    /** Once a day from 1 January, twice a day from 1 March: February's logged dose keeps its plan and its answer. */
    @Test
    void aChangeEndsTheCurrentVersionTheDayBeforeAndKeepsPastDoses() {
        PlanItem item = daily("Prednisone", "2026-01-01", EIGHT);
        DoseItem feb15 = doses.dueOn(person, d("2026-02-15")).get(0);
        doses.markTaken(feb15, feb15.dueAt());

        plan.changeSchedule(item, Rhythms.daily(0, d("2026-03-01"), null, List.of(EIGHT, LocalTime.of(20, 0)), "5 mg"));

        PlanItem after = reread(item);
        assertThat(after.versions()).extracting(Schedule::start, Schedule::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2026-01-01"), d("2026-02-28")),
                        org.assertj.core.groups.Tuple.tuple(d("2026-03-01"), null));
        assertThat(doses.dueOn(person, d("2026-02-15"))).singleElement().satisfies(i -> {
            assertThat(i.taken()).isTrue();
            assertThat(i.schedule().dose()).isEqualTo("1 tablet");
        });
        assertThat(doses.dueOn(person, d("2026-03-01"))).extracting(DoseItem::dueAt)
                .containsExactly(d("2026-03-01").atTime(8, 0), d("2026-03-01").atTime(20, 0));
    }

    @Test
    void aChangeOnTheVersionsOwnStartDayReplacesIt() {
        PlanItem item = daily("Prednisone", "2026-03-10", EIGHT);

        plan.changeSchedule(item, Rhythms.daily(0, d("2026-03-10"), null, List.of(LocalTime.of(9, 0)), "10 mg"));

        assertThat(reread(item).versions()).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(d("2026-03-10"));
            assertThat(v.times()).containsExactly(LocalTime.of(9, 0));
            assertThat(v.dose()).isEqualTo("10 mg");
        });
    }

    @Test
    void aChangeBeforeAPlannedOneReplacesThePlannedOne() {
        PlanItem item = daily("Prednisone", "2026-01-01", EIGHT);
        plan.changeSchedule(item, Rhythms.daily(0, d("2026-04-01"), null, List.of(LocalTime.of(9, 0)), "10 mg"));

        plan.changeSchedule(reread(item), Rhythms.daily(0, d("2026-03-15"), null, List.of(LocalTime.of(7, 0)), "2 mg"));

        assertThat(reread(item).versions()).extracting(Schedule::start, Schedule::end, Schedule::dose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2026-01-01"), d("2026-03-14"), "1 tablet"),
                        org.assertj.core.groups.Tuple.tuple(d("2026-03-15"), null, "2 mg"));
    }

    @Test
    void stoppingEndsThePlanOnTheLastDayInclusive() {
        PlanItem item = daily("Bicalutamide", "2026-01-01", EIGHT);

        plan.stop(item, d("2026-02-10"));

        assertThat(doses.dueOn(person, d("2026-02-10"))).hasSize(1);
        assertThat(doses.dueOn(person, d("2026-02-11"))).isEmpty();
        assertThat(reread(item).activeOn(d("2026-02-11"))).isFalse();
        assertThatThrownBy(() -> plan.stop(reread(item), d("2025-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the medicine started");
    }

    /** Removing on 10 March: out of the plan from today, its schedule up to yesterday and its doses kept. */
    @Test
    void removingKeepsTheHistory() {
        PlanItem item = daily("Enzalutamide", "2026-01-01", EIGHT);
        DoseItem march1 = doses.dueOn(person, d("2026-03-01")).get(0);
        doses.markTaken(march1, march1.dueAt());

        plan.remove(item);

        assertThat(plan.plan(person)).isEmpty();
        PlanItem removed = reread(item);
        assertThat(removed.medication().removed()).isTrue();
        assertThat(removed.versions()).singleElement().extracting(Schedule::end).isEqualTo(d("2026-03-09"));
        assertThat(doses.dueOn(person, TODAY)).isEmpty();
        assertThat(doses.dueOn(person, d("2026-03-01"))).singleElement().extracting(DoseItem::taken).isEqualTo(true);
        assertThat(doses.missed(person, TODAY)).isEmpty();
        assertThat(plan.hasDoses(removed)).isTrue();
    }

    /** A removal whose last step fails (its medicine is gone) leaves the schedule it had already ended as it was. */
    @Test
    void aChangeThatFailsPartWaySavesNothing() {
        PlanItem item = daily("Enzalutamide", "2026-01-01", EIGHT);
        Medication gone = new Medication(item.id() + 1000, null, "Gone", DrugClass.OTHER, Route.BY_MOUTH, "", false);

        assertThatThrownBy(() -> plan.remove(new PlanItem(gone, item.versions()))).isInstanceOf(RuntimeException.class);

        assertThat(reread(item).versions()).singleElement().extracting(Schedule::end).isNull();
        assertThat(reread(item).medication().removed()).isFalse();
    }

    @Test
    void deletingTakesTheDoseLogWithIt() {
        PlanItem kept = daily("Prednisone", "2026-01-01", EIGHT);
        PlanItem item = daily("Wrong entry", "2026-01-01", EIGHT);
        for (DoseItem i : doses.dueOn(person, d("2026-03-01"))) doses.markTaken(i, i.dueAt());
        assertThat(plan.hasDoses(item)).isTrue();

        plan.delete(item);

        assertThat(plan.all(person)).extracting(PlanItem::id).containsExactly(kept.id());
        assertThat(plan.hasDoses(item)).isFalse();
        assertThat(plan.hasDoses(kept)).isTrue();
        assertThat(ports.doses().between(person, d("2026-01-01"), TODAY)).extracting(DoseEvent::medicationId)
                .containsOnly(kept.id());
    }

    @Test
    void treatmentLinesOfCombinations() {
        PlanItem adt = daily("Relugolix", "2026-01-01", EIGHT);
        PlanItem abi = daily("Abiraterone", "2026-01-01", EIGHT);
        PlanItem pred = daily("Prednisone", "2026-01-01", EIGHT);

        TreatmentLine first = plan.startLine(person, d("2026-01-01"), "ADT + abiraterone",
                Set.of(adt.id(), abi.id(), pred.id()));
        TreatmentLine second = plan.startLine(person, d("2027-05-01"), "Docetaxel", Set.of(adt.id()));

        assertThat(plan.lines(person)).containsExactly(first, second);
        assertThat(first.medicationIds()).containsExactlyInAnyOrder(adt.id(), abi.id(), pred.id());
        plan.deleteLine(second.id());
        assertThat(plan.lines(person)).containsExactly(first);
        assertThatThrownBy(() -> plan.startLine(person, TODAY, "none", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withNoMedicineTheTreatmentIsUnknown() {
        assertThat(plan.context(person, TODAY)).isEqualTo(TreatmentContext.UNKNOWN);
    }

    /**
     * Zoledronic acid every 4 weeks from 5 January, stopped on 30 June; docetaxel every 21 days x 6 from
     * 6 January: last dose 21 April, counted as "on" until 12 May; an anti-androgen alone is neither.
     */
    @ParameterizedTest(name = "{0}: chemo {1}, bone drug {2}")
    @CsvSource({
            "2026-01-04, false, false",
            "2026-01-05, false, true",
            "2026-01-06, true, true",
            "2026-04-21, true, true",
            "2026-05-12, true, true",
            "2026-05-13, false, true",
            "2026-06-30, false, true",
            "2026-07-01, false, false",
    })
    void theRedFlagRulesAreToldWhatIsTakenThatDay(String day, boolean chemo, boolean bone) {
        PlanItem zol = plan.add(person, med("Zoledronic acid", DrugClass.BISPHOSPHONATE, Route.INFUSION),
                Rhythms.every(0, d("2026-01-05"), null, 4, ChronoUnit.WEEKS, LocalTime.of(10, 0), "4 mg"), false);
        plan.stop(zol, d("2026-06-30"));
        plan.add(person, med("Docetaxel", DrugClass.CHEMOTHERAPY, Route.INFUSION),
                Rhythms.cycle(0, d("2026-01-06"), 21, 6, LocalTime.of(10, 0), ""), true);
        daily("Enzalutamide", "2025-06-01", EIGHT);

        assertThat(plan.context(person, d(day))).isEqualTo(TreatmentContext.known(chemo, bone));
    }
}
