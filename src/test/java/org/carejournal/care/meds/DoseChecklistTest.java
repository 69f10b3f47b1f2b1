package org.carejournal.care.meds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carejournal.analysis.AdherenceFigure;
import org.carejournal.analysis.AdherencePoint;
import org.carejournal.analysis.AdherenceReport;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dose checklist on a real journal file. The plan: abiraterone at 08:00 and prednisone at 08:00 and 20:00
 * daily from Monday 2 March 2026, denosumab every 4 weeks at 10:00 from Wednesday 4 March, paracetamol as
 * needed. Now is Tuesday 17 March 2026 at 12:00.
 */
class DoseChecklistTest {
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 17);

    @TempDir
    Path dir;
    JournalSession s;
    MedicationPorts ports;
    long person;
    DoseChecklist doses;
    PlanItem abiraterone;
    PlanItem prednisone;
    PlanItem denosumab;
    PlanItem paracetamol;

    @BeforeEach
    void open() {
        s = JournalSession.open(dir.resolve("j.db"));
        person = s.people().create("P").id();
        ports = s.medicationPorts();
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        PlanService plan = new PlanService(ports, clock);
        doses = new DoseChecklist(ports, clock);
        abiraterone = plan.add(person, med("Abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH),
                Rhythms.daily(0, START, null, List.of(LocalTime.of(8, 0)), "1000 mg"), true);
        prednisone = plan.add(person, med("Prednisone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH),
                Rhythms.daily(0, START, null, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), "5 mg"), false);
        denosumab = plan.add(person, med("Denosumab", DrugClass.RANKL_INHIBITOR, Route.INJECTION),
                Rhythms.every(0, START.plusDays(2), null, 4, ChronoUnit.WEEKS, LocalTime.of(10, 0), "120 mg"), false);
        paracetamol = plan.add(person, med("Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH),
                Rhythms.asNeeded(0, START, "1 g", "up to 4 times a day"), false);
    }

    @AfterEach
    void close() {
        s.close();
    }

    static Medication med(String name, DrugClass c, Route r) { return Medication.draft(null, name, c, r); }

    static LocalDateTime at(LocalDate day, int hour) { return day.atTime(hour, 0); }

    DoseItem due(LocalDate day, PlanItem item, int hour) {
        return doses.dueOn(person, day).stream()
                .filter(i -> i.medication().id() == item.id() && i.dueAt().getHour() == hour)
                .findFirst().orElseThrow();
    }

    @Test
    void aDaysChecklistIsByTimeThenName() {
        LocalDate injectionDay = START.plusDays(2);

        assertThat(doses.dueOn(person, injectionDay)).extracting(i -> i.medication().name(), DoseItem::dueAt)
                .containsExactly(
                        tuple("Abiraterone", at(injectionDay, 8)),
                        tuple("Prednisone", at(injectionDay, 8)),
                        tuple("Denosumab", at(injectionDay, 10)),
                        tuple("Prednisone", at(injectionDay, 20)));
        assertThat(doses.dueOn(person, TODAY)).hasSize(3);
        assertThat(doses.dueOn(person, START.minusDays(1))).isEmpty();
    }

    @Test
    void markingTakenSkippedAndUndoing() {
        DoseEvent onTime = doses.markTaken(due(TODAY, abiraterone, 8), at(TODAY, 8));
        DoseEvent late = doses.markTaken(due(TODAY, prednisone, 8), at(TODAY, 11));

        assertThat(onTime.id()).isPositive();
        assertThat(due(TODAY, abiraterone, 8)).satisfies(i -> {
            assertThat(i.taken()).isTrue();
            assertThat(i.takenAtAnotherTime()).isFalse();
        });
        assertThat(due(TODAY, prednisone, 8)).satisfies(i -> {
            assertThat(i.takenAtAnotherTime()).isTrue();
            assertThat(i.event().takenAt()).isEqualTo(at(TODAY, 11));
            assertThat(i.event().id()).isEqualTo(late.id());
        });

        doses.markSkipped(due(TODAY, prednisone, 8), "stomach upset");
        assertThat(due(TODAY, prednisone, 8).event())
                .extracting(DoseEvent::status, DoseEvent::takenAt, DoseEvent::reason)
                .containsExactly(DoseStatus.SKIPPED, null, "stomach upset");
        assertThat(ports.doses().between(person, TODAY, TODAY)).hasSize(2);

        doses.undo(due(TODAY, prednisone, 8));
        assertThat(due(TODAY, prednisone, 8).recorded()).isFalse();
        assertThat(due(TODAY, abiraterone, 8).taken()).isTrue();
    }

    /**
     * The 14 days before 17 March are 3..16 March. Everything is recorded except: abiraterone on 2 March
     * (15 days ago: no longer listed), prednisone at 20:00 on 10 March, the denosumab injection of 4 March.
     * Today's own unrecorded doses are not missed.
     */
    @Test
    void missedDosesAreTheUnrecordedOnesOfTheLastFourteenDays() {
        for (LocalDate day = START; day.isBefore(TODAY); day = day.plusDays(1)) {
            for (DoseItem i : doses.dueOn(person, day)) {
                boolean leaveOut = day.equals(START) && i.medication().id() == abiraterone.id()
                        || day.equals(LocalDate.of(2026, 3, 10)) && i.dueAt().getHour() == 20
                        || i.medication().id() == denosumab.id();
                if (!leaveOut) doses.markSkipped(i, "");
            }
        }

        assertThat(doses.missed(person, TODAY)).extracting(i -> i.medication().name(), DoseItem::dueAt)
                .containsExactly(
                        tuple("Denosumab", at(START.plusDays(2), 10)),
                        tuple("Prednisone", at(LocalDate.of(2026, 3, 10), 20)));
    }

    @Test
    void asNeededDosesAreLoggedApartFromTheChecklist() {
        doses.logAsNeeded(paracetamol.id(), at(TODAY, 15), "1 g", "hip pain");
        doses.logAsNeeded(paracetamol.id(), at(TODAY, 9), "500 mg", "headache");
        doses.logAsNeeded(paracetamol.id(), at(TODAY.minusDays(1), 9), "1 g", "");

        assertThat(doses.asNeededOn(person, TODAY)).extracting(DoseEvent::takenAt, DoseEvent::amount, DoseEvent::reason)
                .containsExactly(tuple(at(TODAY, 9), "500 mg", "headache"), tuple(at(TODAY, 15), "1 g", "hip pain"));
        assertThat(doses.dueOn(person, TODAY)).extracting(i -> i.medication().name()).doesNotContain("Paracetamol");
    }

    /**
     * 2..17 March up to 12:00 on the 17th. Due: abiraterone 16 (08:00 each day); prednisone 15 x 2 + 1 = 31
     * (today's 20:00 is not due yet); denosumab 1 (4 March; the next is 1 April). Taken: abiraterone every
     * day but 5 and 6 March (14; one of them at another time), prednisone the 08:00 doses (16), the injection
     * skipped (0). Overall 30 of 48 = 62.5 %.
     */
    @Test
    void adherenceCountsDueDosesUpToNow() {
        for (LocalDate day = START; !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfMonth() != 5 && day.getDayOfMonth() != 6) {
                doses.markTaken(due(day, abiraterone, 8), at(day, day.getDayOfMonth() == 9 ? 13 : 8));
            }
            doses.markTaken(due(day, prednisone, 8), at(day, 8));
        }
        doses.markSkipped(due(START.plusDays(2), denosumab, 10), "clinic closed");
        doses.logAsNeeded(paracetamol.id(), at(TODAY, 9), "1 g", "pain");

        AdherenceReport r = doses.adherence(person, START, TODAY.plusDays(30));

        assertThat(r.perMedication()).containsExactly(
                new AdherenceFigure(abiraterone.id(), "Abiraterone", 16, 14),
                new AdherenceFigure(prednisone.id(), "Prednisone", 31, 16),
                new AdherenceFigure(denosumab.id(), "Denosumab", 1, 0));
        assertThat(r.overall()).isEqualTo(new AdherenceFigure(null, "All medicines", 48, 30));
        assertThat(r.overall().percent()).hasValue(62.5);
        // Each week: abiraterone + prednisone + denosumab due; abiraterone + prednisone taken.
        assertThat(r.weekly()).containsExactly(
                new AdherencePoint(START, 7 + 14 + 1, 5 + 7),
                new AdherencePoint(START.plusWeeks(1), 7 + 14, 7 + 7),
                new AdherencePoint(START.plusWeeks(2), 2 + 3, 2 + 2));
    }

    @Test
    void aPeriodInTheFutureHasNothingDue() {
        AdherenceReport r = doses.adherence(person, TODAY.plusDays(1), TODAY.plusDays(30));

        assertThat(r.perMedication()).isEmpty();
        assertThat(r.overall().due()).isZero();
    }
}
