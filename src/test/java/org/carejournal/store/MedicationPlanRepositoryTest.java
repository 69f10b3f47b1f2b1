package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.meds.TreatmentLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedicationPlanRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private MedicationPlanRepository plan;
    private long walter;
    private long ann;

    private static final LocalDate JAN_15 = LocalDate.of(2024, 1, 15);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
        plan = new MedicationPlanRepository(db, clock);
        PersonRepository people = new PersonRepository(db, clock);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Medication add(long person, String name) {
        return plan.add(person, Medication.draft(null, name, DrugClass.OTHER, Route.BY_MOUTH));
    }

    private static Schedule daily(long medicationId, LocalDate start, LocalDate end, LocalTime... times) {
        return new Schedule(0, medicationId, ScheduleKind.DAILY, "FREQ=DAILY", start, end, List.of(times), "1 tablet", "");
    }

    @Test
    void everyFieldOfAMedicineComesBackAsSaved() {
        Medication leuprolide = new Medication(0, "leuprolide", " Leuprolide (Lupron Depot) ", DrugClass.LHRH_AGONIST,
                Route.INJECTION, " left arm last time ", false);
        Medication byHand = new Medication(0, null, "Senna", DrugClass.OTHER, Route.BY_MOUTH, "", true);

        Medication a = plan.add(walter, leuprolide);
        Medication b = plan.add(walter, byHand);

        assertThat(a.id()).isPositive();
        assertThat(plan.medications(walter)).containsExactly(leuprolide.withId(a.id()), byHand.withId(b.id()));
        Medication back = plan.medications(walter).get(0);
        assertThat(back.name()).isEqualTo("Leuprolide (Lupron Depot)");
        assertThat(back.note()).isEqualTo("left arm last time");
        assertThat(back.fromCatalog()).isTrue();
        assertThat(plan.medications(walter).get(1).catalogKey()).isNull();
        assertThat(plan.medications(walter).get(1).removed()).isTrue();
    }

    @Test
    void medicinesComeInTheOrderTheyWereAddedAndOnlyThePersonsOwn() {
        Medication zoledronic = add(walter, "Zoledronic acid");
        Medication abiraterone = add(walter, "Abiraterone");
        add(ann, "Paracetamol");
        Medication prednisone = add(walter, "Prednisone");

        assertThat(plan.medications(walter)).containsExactly(zoledronic, abiraterone, prednisone);
        assertThat(plan.medications(ann)).extracting(Medication::name).containsExactly("Paracetamol");
    }

    @Test
    void updateChangesEveryFieldAndRemovingKeepsTheMedicine() {
        Medication m = add(walter, "Bicalutamide");
        Medication changed = new Medication(m.id(), "bicalutamide", "Bicalutamide 50 mg", DrugClass.OLDER_ANTIANDROGEN,
                Route.BY_MOUTH, "with breakfast", false);
        plan.update(changed);
        plan.update(changed.withRemoved(true));

        assertThat(plan.medications(walter)).containsExactly(changed.withRemoved(true));
        assertThatThrownBy(() -> plan.update(changed.withId(987654)))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void everyFieldOfEachKindOfScheduleComesBackAsSaved() {
        long id = add(walter, "Several").id();
        List<Schedule> saved = List.of(
                plan.addSchedule(new Schedule(0, id, ScheduleKind.DAILY, "FREQ=DAILY", JAN_15, JAN_15.plusDays(30),
                        List.of(LocalTime.of(20, 0), LocalTime.of(8, 0)), "250 mg", "empty stomach")),
                plan.addSchedule(new Schedule(0, id, ScheduleKind.EVERY, "FREQ=MONTHLY;INTERVAL=3", JAN_15.plusDays(1),
                        null, List.of(LocalTime.of(9, 30)), "22.5 mg", "")),
                plan.addSchedule(new Schedule(0, id, ScheduleKind.CYCLE, "FREQ=DAILY;INTERVAL=28;COUNT=6",
                        JAN_15.plusDays(2), null, List.of(LocalTime.of(10, 0)), "55 kBq/kg", "")),
                plan.addSchedule(new Schedule(0, id, ScheduleKind.ONCE, null, JAN_15.plusDays(3), JAN_15.plusDays(40),
                        List.of(), "", "radiation course")),
                plan.addSchedule(new Schedule(0, id, ScheduleKind.AS_NEEDED, null, JAN_15.plusDays(4), null, List.of(),
                        "1 g", "up to 4 times a day")));

        assertThat(saved).allSatisfy(s -> assertThat(s.id()).isPositive());
        assertThat(plan.schedules(walter)).containsExactlyElementsOf(saved);
        Schedule twiceDaily = plan.schedules(walter).get(0);
        assertThat(twiceDaily.times()).containsExactly(LocalTime.of(8, 0), LocalTime.of(20, 0));
        assertThat(plan.schedules(walter).get(1).end()).isNull();
        assertThat(plan.schedules(walter).get(3).rrule()).isNull();
        assertThat(plan.schedules(walter).get(4).times()).isEmpty();
        assertThat(TestFiles.queryString(db, "SELECT times FROM schedule WHERE id = " + saved.get(0).id()))
                .isEqualTo("08:00,20:00");
    }

    @Test
    void timesOfDayAreKeptToTheMinute() {
        long id = add(walter, "Enzalutamide").id();
        Schedule saved = plan.addSchedule(daily(id, JAN_15, null, LocalTime.of(8, 0, 59), LocalTime.of(21, 5, 1, 7)));

        assertThat(saved.times()).containsExactly(LocalTime.of(8, 0), LocalTime.of(21, 5));
        assertThat(plan.schedules(walter)).containsExactly(saved);
    }

    @Test
    void schedulesComeOldestStartFirstAcrossMedicinesAndOnlyThePersonsOwn() {
        long a = add(walter, "A").id();
        long b = add(walter, "B").id();
        long annsMedicine = add(ann, "C").id();
        Schedule aLater = plan.addSchedule(daily(a, JAN_15.plusMonths(2), null, LocalTime.of(8, 0)));
        Schedule bFirst = plan.addSchedule(daily(b, JAN_15, JAN_15.plusMonths(1), LocalTime.of(8, 0)));
        Schedule aFirst = plan.addSchedule(daily(a, JAN_15.plusDays(1), JAN_15.plusMonths(2).minusDays(1), LocalTime.of(8, 0)));
        Schedule bSameDay = plan.addSchedule(daily(b, JAN_15.plusMonths(2), null, LocalTime.of(9, 0)));
        plan.addSchedule(daily(annsMedicine, JAN_15.minusYears(1), null, LocalTime.of(8, 0)));

        assertThat(plan.schedules(walter)).containsExactly(bFirst, aFirst, aLater, bSameDay);
    }

    @Test
    void aVersionIsEndedOrChangedInPlaceAndDeletedAlone() {
        long id = add(walter, "Abiraterone").id();
        Schedule first = plan.addSchedule(daily(id, JAN_15, null, LocalTime.of(8, 0)));
        Schedule second = plan.addSchedule(daily(id, JAN_15.plusDays(10), null, LocalTime.of(7, 0)));

        plan.updateSchedule(first.withEnd(JAN_15.plusDays(9)));
        Schedule rewritten = new Schedule(second.id(), id, ScheduleKind.DAILY, "FREQ=DAILY;INTERVAL=2", JAN_15.plusDays(11),
                null, List.of(LocalTime.of(6, 45)), "500 mg", "no food 2 h before");
        plan.updateSchedule(rewritten);
        assertThat(plan.schedules(walter)).containsExactly(first.withEnd(JAN_15.plusDays(9)), rewritten);

        plan.deleteSchedule(second.id());
        plan.deleteSchedule(second.id());   // deleting what is not there does nothing
        assertThat(plan.schedules(walter)).containsExactly(first.withEnd(JAN_15.plusDays(9)));
        assertThat(plan.medications(walter)).hasSize(1);
        assertThatThrownBy(() -> plan.updateSchedule(rewritten))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void theFileRefusesAScheduleEndingBeforeItStarts() throws Exception {
        long id = add(walter, "Prednisone").id();
        Schedule s = plan.addSchedule(daily(id, JAN_15, JAN_15, LocalTime.of(8, 0)));   // a one-day version is fine
        try (Connection c = TestFiles.raw(db.file()); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE schedule SET end_day = '2024-01-14' WHERE id = " + s.id()))
                    .hasMessageContaining("CHECK");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE schedule SET start_day = '15/01/2024' WHERE id = " + s.id()))
                    .hasMessageContaining("CHECK");
        }
        assertThat(plan.schedules(walter)).containsExactly(s);
    }

    @Test
    void treatmentLinesComeOldestStartFirstWithTheirMedicines() {
        long leuprolide = add(walter, "Leuprolide").id();
        long abiraterone = add(walter, "Abiraterone").id();
        long prednisone = add(walter, "Prednisone").id();
        long docetaxel = add(walter, "Docetaxel").id();

        TreatmentLine second = plan.addLine(walter, new TreatmentLine(0, JAN_15.plusYears(1), " Docetaxel ", Set.of(docetaxel)));
        TreatmentLine first = plan.addLine(walter, new TreatmentLine(0, JAN_15, "ADT + abiraterone",
                Set.of(leuprolide, abiraterone, prednisone)));
        TreatmentLine empty = plan.addLine(walter, new TreatmentLine(0, JAN_15.plusYears(2), "", Set.of()));
        plan.addLine(ann, new TreatmentLine(0, JAN_15, "Ann's", Set.of()));

        assertThat(first.id()).isPositive();
        assertThat(plan.lines(walter)).containsExactly(first, second, empty);
        assertThat(plan.lines(walter).get(0).medicationIds()).containsExactlyInAnyOrder(leuprolide, abiraterone, prednisone);
        assertThat(plan.lines(walter).get(1).name()).isEqualTo("Docetaxel");
        assertThat(plan.lines(walter).get(2).medicationIds()).isEmpty();
    }

    @Test
    void aLineWithAnotherPersonsMedicineIsRefusedAndNothingIsSaved() {
        long mine = add(walter, "Leuprolide").id();
        long annsMedicine = add(ann, "Paracetamol").id();

        assertThatThrownBy(() -> plan.addLine(walter, new TreatmentLine(0, JAN_15, "mixed", Set.of(mine, annsMedicine))))
                .isInstanceOf(JournalException.class).hasMessageContaining("own medicines");
        assertThatThrownBy(() -> plan.addLine(walter, new TreatmentLine(0, JAN_15, "gone", Set.of(987654L))))
                .isInstanceOf(JournalException.class);
        assertThat(plan.lines(walter)).isEmpty();
        assertThat(TestFiles.queryString(db, "SELECT count(*) FROM treatment_line_medication")).isEqualTo("0");
    }

    @Test
    void deletingALineKeepsItsMedicines() {
        long leuprolide = add(walter, "Leuprolide").id();
        TreatmentLine line = plan.addLine(walter, new TreatmentLine(0, JAN_15, "ADT", Set.of(leuprolide)));
        TreatmentLine later = plan.addLine(walter, new TreatmentLine(0, JAN_15.plusYears(1), "later", Set.of(leuprolide)));

        plan.deleteLine(line.id());
        plan.deleteLine(line.id());

        assertThat(plan.lines(walter)).containsExactly(later);
        assertThat(plan.medications(walter)).extracting(Medication::id).containsExactly(leuprolide);
        assertThat(TestFiles.queryString(db, "SELECT count(*) FROM treatment_line_medication")).isEqualTo("1");
    }

    @Test
    void namesALaterVersionAddedReadAsOtherOrAreSkipped() throws Exception {
        Medication m = plan.add(walter, Medication.draft("x", "Future drug", DrugClass.PARP_INHIBITOR, Route.BY_MOUTH));
        Schedule known = plan.addSchedule(daily(m.id(), JAN_15, null, LocalTime.of(8, 0)));
        Schedule future = plan.addSchedule(daily(m.id(), JAN_15.plusDays(1), null, LocalTime.of(8, 0)));
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE medication SET drug_class = 'GENE_THERAPY', route = 'PATCH'");
            s.executeUpdate("UPDATE schedule SET kind = 'WEEKDAYS' WHERE id = " + future.id());
        }
        assertThat(plan.medications(walter)).singleElement().satisfies(back -> {
            assertThat(back.drugClass()).isEqualTo(DrugClass.OTHER);
            assertThat(back.route()).isEqualTo(Route.OTHER);
            assertThat(back.name()).isEqualTo("Future drug");
        });
        assertThat(plan.schedules(walter)).containsExactly(known);
    }
}
