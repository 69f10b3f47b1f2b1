package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carejournal.store.TestFiles.queryString;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 4 as a whole: the upgrade from schema 3, the cascade from a person, constraints, the open-questions plan. */
class LibrarySchemaTest {

    @TempDir Path dir;

    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);
    private static final Instant NOON = Instant.parse("2024-06-01T12:00:00Z");

    @Test
    void aSchema3JournalIsUpgradedKeepingItsDataAndACopyOfItAsItWas() throws Exception {
        Path file = dir.resolve("journal.db");
        long walter;
        Medication med;
        Appointment visit;
        Reminder psa;
        try (Database v3 = Database.open(file, Migrations.standard().upTo(3))) {
            walter = new PersonRepository(v3).create("Walter").id();
            med = new MedicationPlanRepository(v3).add(walter,
                    Medication.draft("leuprolide", "Leuprolide", DrugClass.LHRH_AGONIST, Route.INJECTION));
            visit = new AppointmentRepository(v3).add(walter, new Appointment(0, JUN_1.atTime(9, 30), "Oncology", "", ""));
            psa = new ReminderRepository(v3).add(walter, Reminder.custom("PSA test", "", JUN_1));
        }

        try (Database db = Database.open(file, Migrations.standard().upTo(4))) {
            assertThat(db.schemaVersion()).isEqualTo(4);
            assertThat(new MedicationPlanRepository(db).medications(walter)).containsExactly(med);
            assertThat(new AppointmentRepository(db).all(walter)).containsExactly(visit);
            assertThat(new ReminderRepository(db).all(walter)).containsExactly(psa);
            // The person from schema 3 can use the library straight away.
            LibraryShelfRepository shelf = new LibraryShelfRepository(db);
            shelf.setBookmarked(walter, "bone-health", true, NOON);
            shelf.markRead(walter, "bone-health", NOON);
            AppointmentQuestion q = new AppointmentQuestionRepository(db).add(walter, "Dentist first?", "bone-health", JUN_1);
            assertThat(shelf.bookmarks(walter)).containsExactly("bone-health");
            assertThat(new AppointmentQuestionRepository(db).open(walter)).containsExactly(q);
        }

        Path backup = dir.resolve("journal.db.before-v4.bak");
        assertThat(backup).exists();
        assertThat(queryString(backup, "PRAGMA user_version")).isEqualTo("3");
        assertThat(queryString(backup, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'article%'"
                + " OR name LIKE 'appointment_question%'")).isEqualTo("0");
        assertThat(queryString(backup, "SELECT with_whom FROM appointment")).isEqualTo("Oncology");
    }

    @Test
    void removingAPersonRemovesTheirShelfAndQuestionsAndNoOneElses() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            long walter = people.create("Walter").id();
            long ann = people.create("Ann").id();
            for (long person : new long[] {walter, ann}) {
                new LibraryShelfRepository(db).setBookmarked(person, "fatigue", true, NOON);
                new LibraryShelfRepository(db).markRead(person, "fatigue", NOON);
                new AppointmentQuestionRepository(db).add(person, "Why so tired?", "fatigue", JUN_1);
            }
            // There is no "remove person" in the app yet; the schema must still not leave orphans.
            db.inTransactionDo(c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
                    s.setLong(1, walter);
                    s.executeUpdate();
                }
            });

            for (String table : List.of("article_bookmark", "article_read", "appointment_question")) {
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE person_id = " + walter)).as(table).isZero();
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE person_id = " + ann)).as(table).isEqualTo(1);
            }
        }
    }

    @Test
    void theSchemaRefusesRowsTheRepositoriesNeverWrite() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            long walter = new PersonRepository(db).create("Walter").id();
            List<String> bad = List.of(
                    "INSERT INTO article_bookmark VALUES (" + walter + ", ' ', '2024-06-01T12:00:00.000Z')",
                    "INSERT INTO article_bookmark VALUES (" + walter + ", 'a', '2024-06-01T12:00:00Z')",
                    "INSERT INTO article_read VALUES (" + walter + ", 'a', '2024-06-01')",
                    "INSERT INTO appointment_question (person_id, text, added_on) VALUES (" + walter + ", '  ', '2024-06-01')",
                    "INSERT INTO appointment_question (person_id, text, added_on) VALUES (" + walter
                            + ", '" + "x".repeat(501) + "', '2024-06-01')",
                    "INSERT INTO appointment_question (person_id, text, article_id, added_on) VALUES (" + walter
                            + ", 'Why?', '', '2024-06-01')",
                    "INSERT INTO appointment_question (person_id, text, added_on) VALUES (" + walter + ", 'Why?', '1 June')",
                    "INSERT INTO appointment_question (person_id, text, added_on, asked_on) VALUES (" + walter
                            + ", 'Why?', '2024-06-01', 'soon')");
            for (String sql : bad) {
                assertThatThrownBy(() -> db.inTransactionDo(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(sql);
                    }
                })).as(sql).isInstanceOf(JournalException.class).hasMessageContaining("CHECK");
            }
        }
    }

    @Test
    void theOpenQuestionsComeStraightOffTheIndex() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            List<String> plan = db.read(c -> {
                List<String> steps = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + AppointmentQuestionRepository.OPEN)) {
                    s.setLong(1, 1);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) steps.add(rs.getString("detail"));
                    }
                }
                return steps;
            });
            assertThat(plan).as(plan.toString()).isNotEmpty()
                    .noneMatch(step -> step.startsWith("SCAN"))
                    .noneMatch(step -> step.contains("TEMP B-TREE"))
                    .anyMatch(step -> step.contains("INDEX appointment_question_by_person_asked_added (person_id=? AND asked_on=?)"));
        }
    }

    private static int count(Database db, String sql) {
        return Integer.parseInt(TestFiles.queryString(db, sql));
    }
}
