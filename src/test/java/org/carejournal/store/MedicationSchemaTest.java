package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.store.TestFiles.queryString;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.meds.TreatmentLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 3 as a whole: the upgrade from schema 2, cascades, and the plan of the dose-log range read. */
class MedicationSchemaTest {

    @TempDir Path dir;

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @Test
    void aSchema2JournalIsUpgradedKeepingItsDataAndACopyOfItAsItWas() throws Exception {
        Path file = dir.resolve("journal.db");
        long walter;
        LabResult psa;
        CheckIn checkIn;
        PainEntry pain;
        try (Database v2 = Database.open(file, Migrations.standard().upTo(2))) {
            walter = new PersonRepository(v2).create("Walter").id();
            psa = new LabResultRepository(v2).add(walter, new LabResult(0, LabTest.PSA, MAY_1, LabValue.exact(4.2),
                    "4.2", "ng/mL", "City Lab", "", false));
            long fatigue = new SymptomRepository(v2).list(walter).get(0).id();
            checkIn = new CheckInRepository(v2).save(walter, new CheckIn(0, MAY_1, Map.of(fatigue, 5), Set.of(), null, "tired"));
            pain = new PainLogRepository(v2).add(walter, new PainEntry(0, MAY_1.atTime(9, 0), 4, null, null, Set.of(),
                    false, "", null));
        }

        // Opened as the schema-3 app did, so this stays the 2 -> 3 upgrade as later versions are added.
        try (Database db = Database.open(file, Migrations.standard().upTo(3))) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            assertThat(new LabResultRepository(db).all(walter)).containsExactly(psa);
            assertThat(new CheckInRepository(db).between(walter, DateRange.ALL)).containsExactly(checkIn);
            assertThat(new PainLogRepository(db).between(walter, DateRange.ALL)).containsExactly(pain);
            // The person from schema 2 can enter a plan straight away.
            long med = new MedicationPlanRepository(db).add(walter,
                    Medication.draft("leuprolide", "Leuprolide", DrugClass.LHRH_AGONIST, Route.INJECTION)).id();
            assertThat(new DoseLogRepository(db).record(DoseEvent.taken(med, MAY_1.atTime(9, 0), MAY_1.atTime(9, 0))).id())
                    .isPositive();
        }

        Path backup = dir.resolve("journal.db.before-v3.bak");
        assertThat(backup).exists();
        assertThat(queryString(backup, "PRAGMA user_version")).isEqualTo("2");
        assertThat(queryString(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'medication'")).isEqualTo("0");
        assertThat(queryString(backup, "SELECT note FROM check_in")).isEqualTo("tired");
    }

    @Test
    void deletingAMedicineTakesItsSchedulesDosesAndLineLinksButKeepsItsReminders() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            long walter = new PersonRepository(db).create("Walter").id();
            MedicationPlanRepository plan = new MedicationPlanRepository(db);
            DoseLogRepository doses = new DoseLogRepository(db);
            ReminderRepository reminders = new ReminderRepository(db);
            long zoledronic = plan.add(walter, Medication.draft("zoledronic-acid", "Zoledronic acid",
                    DrugClass.BISPHOSPHONATE, Route.INFUSION)).id();
            long leuprolide = plan.add(walter, Medication.draft("leuprolide", "Leuprolide", DrugClass.LHRH_AGONIST,
                    Route.INJECTION)).id();
            for (long med : new long[] {zoledronic, leuprolide}) {
                plan.addSchedule(new Schedule(0, med, ScheduleKind.EVERY, "FREQ=WEEKLY;INTERVAL=4", MAY_1, null,
                        List.of(LocalTime.of(10, 0)), "4 mg", ""));
                doses.record(DoseEvent.taken(med, MAY_1.atTime(10, 0), MAY_1.atTime(10, 30)));
            }
            TreatmentLine line = plan.addLine(walter, new TreatmentLine(0, MAY_1, "first line", Set.of(zoledronic, leuprolide)));
            Reminder dental = reminders.add(walter, Reminder.generated("dental-before-bone-drug:" + zoledronic,
                    ReminderKind.DENTAL_BEFORE_BONE_DRUG, "Dental checkup", "Before the first dose", "ACS", "",
                    MAY_1.minusDays(14), zoledronic));

            plan.delete(zoledronic);

            assertThat(plan.medications(walter)).extracting(Medication::id).containsExactly(leuprolide);
            assertThat(plan.schedules(walter)).extracting(Schedule::medicationId).containsExactly(leuprolide);
            assertThat(doses.between(walter, MAY_1, MAY_1)).extracting(DoseEvent::medicationId).containsExactly(leuprolide);
            assertThat(doses.any(zoledronic)).isFalse();
            assertThat(plan.lines(walter)).containsExactly(new TreatmentLine(line.id(), MAY_1, "first line", Set.of(leuprolide)));
            assertThat(reminders.all(walter)).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(dental.id());
                assertThat(r.medicationId()).isNull();
                assertThat(r.key()).isEqualTo(dental.key());
            });
            for (String table : List.of("schedule", "dose_event", "treatment_line_medication")) {
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE medication_id = " + zoledronic)).as(table).isZero();
            }
        }
    }

    @Test
    void removingAPersonRemovesTheirWholePlanAndNoOneElses() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            long walter = people.create("Walter").id();
            long ann = people.create("Ann").id();
            MedicationPlanRepository plan = new MedicationPlanRepository(db);
            for (long person : new long[] {walter, ann}) {
                long med = plan.add(person, Medication.draft(null, "Prednisone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH)).id();
                plan.addSchedule(new Schedule(0, med, ScheduleKind.DAILY, "FREQ=DAILY", MAY_1, null,
                        List.of(LocalTime.of(8, 0)), "5 mg", ""));
                new DoseLogRepository(db).record(DoseEvent.taken(med, MAY_1.atTime(8, 0), MAY_1.atTime(8, 0)));
                plan.addLine(person, new TreatmentLine(0, MAY_1, "", Set.of(med)));
                new ReminderRepository(db).add(person, Reminder.custom("PSA test", "", MAY_1));
                new AppointmentRepository(db).add(person, new Appointment(0, MAY_1.atTime(9, 0), "Clinic", "", ""));
            }
            // There is no "remove person" in the app yet; the schema must still not leave orphans.
            db.inTransactionDo(c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
                    s.setLong(1, walter);
                    s.executeUpdate();
                }
            });

            for (String table : List.of("medication", "treatment_line", "reminder", "appointment")) {
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE person_id = " + walter)).as(table).isZero();
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE person_id = " + ann)).as(table).isEqualTo(1);
            }
            for (String table : List.of("schedule", "dose_event", "treatment_line_medication")) {
                assertThat(count(db, "SELECT count(*) FROM " + table)).as(table).isEqualTo(1);
            }
            assertThat(new DoseLogRepository(db).between(ann, MAY_1, MAY_1)).hasSize(1);
        }
    }

    @Test
    void theDoseLogRangeReadWalksIndexesWithoutScanning() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            List<String> plan = plan(db, DoseLogRepository.BETWEEN);
            // Ten years of a dozen medicines are tens of thousands of events: a scan would read them all,
            // and SQLite's sort of them costs more than merging the per-medicine runs in Java.
            assertThat(plan).as(plan.toString()).isNotEmpty()
                    .noneMatch(step -> step.startsWith("SCAN"))
                    .noneMatch(step -> step.contains("TEMP B-TREE"))
                    .noneMatch(step -> step.contains("MATERIALIZE"))
                    .anyMatch(step -> step.contains("INDEX medication_by_person"))
                    .anyMatch(step -> step.contains("INDEX dose_event_by_medication_day (medication_id=? AND day>? AND day<?)"));
        }
    }

    private static List<String> plan(Database db, String sql) {
        return db.read(c -> {
            List<String> steps = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                s.setLong(1, 1);
                s.setString(2, "2020-01-01");
                s.setString(3, "2020-12-31");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) steps.add(rs.getString("detail"));
                }
            }
            return steps;
        });
    }

    private static int count(Database db, String sql) {
        return Integer.parseInt(TestFiles.queryString(db, sql));
    }
}
