package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.ReminderState;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private ReminderRepository reminders;
    private long walter;
    private long ann;
    private long zoledronic;

    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        reminders = new ReminderRepository(db);
        PersonRepository people = new PersonRepository(db);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
        zoledronic = new MedicationPlanRepository(db).add(walter,
                Medication.draft("zoledronic-acid", "Zoledronic acid", DrugClass.BISPHOSPHONATE, Route.INFUSION)).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Reminder kidney(String date) {
        return Reminder.generated("kidney-before-zoledronic:" + zoledronic + ":" + date, ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC,
                "Kidney blood test", "Checked before each dose", "American Cancer Society", "bone-drugs",
                LocalDate.parse(date).minusDays(3), zoledronic);
    }

    @Test
    void everyFieldComesBackAsSavedInEachState() {
        Reminder open = reminders.add(walter, kidney("2024-07-01"));
        Reminder custom = reminders.add(walter, Reminder.custom(" Ask about the scan ", " from last visit ", JUN_1));
        Reminder done = reminders.add(walter, kidney("2024-05-01").done(JUN_1.minusDays(20)));
        Reminder snoozed = reminders.add(walter, kidney("2024-06-01").snoozed(JUN_1.plusDays(2)));
        Reminder dismissed = reminders.add(walter, Reminder.custom("Dentist", "", JUN_1.plusDays(40)).dismissed(" went already "));

        assertThat(open.id()).isPositive();
        assertThat(reminders.all(walter)).containsExactlyInAnyOrder(open, custom, done, snoozed, dismissed);
        Reminder back = reminders.all(walter).stream().filter(r -> r.id() == open.id()).findFirst().orElseThrow();
        assertThat(back.key()).isEqualTo("kidney-before-zoledronic:" + zoledronic + ":2024-07-01");
        assertThat(back.medicationId()).isEqualTo(zoledronic);
        assertThat(back.source()).isEqualTo("American Cancer Society");
        assertThat(back.articleTag()).isEqualTo("bone-drugs");
        assertThat(back.snoozedUntil()).isNull();
        assertThat(back.doneOn()).isNull();
        Reminder backCustom = reminders.all(walter).stream().filter(r -> r.id() == custom.id()).findFirst().orElseThrow();
        assertThat(backCustom.key()).isNull();
        assertThat(backCustom.medicationId()).isNull();
        assertThat(backCustom.title()).isEqualTo("Ask about the scan");
        assertThat(backCustom.why()).isEqualTo("from last visit");
        assertThat(reminders.all(walter)).filteredOn(r -> r.id() == dismissed.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(ReminderState.DISMISSED);
                    assertThat(r.dismissReason()).isEqualTo("went already");
                });
    }

    @Test
    void remindersComeByDueDateThenTheOrderTheyWereAdded() {
        Reminder july = reminders.add(walter, Reminder.custom("July", "", JUN_1.plusMonths(1)));
        Reminder juneSecond = reminders.add(walter, Reminder.custom("June, added first", "", JUN_1));
        Reminder juneThird = reminders.add(walter, Reminder.custom("June, added second", "", JUN_1));
        Reminder may = reminders.add(walter, Reminder.custom("May", "", JUN_1.minusMonths(1)).snoozed(JUN_1.plusMonths(2)));
        reminders.add(ann, Reminder.custom("Ann's", "", JUN_1));

        assertThat(reminders.all(walter)).containsExactly(may, juneSecond, juneThird, july);
        assertThat(reminders.all(ann)).extracting(Reminder::title).containsExactly("Ann's");
    }

    @Test
    void aKeyIsUniquePerPersonButHandMadeRemindersHaveNone() throws Exception {
        reminders.add(walter, kidney("2024-07-01"));

        assertThatThrownBy(() -> reminders.add(walter, kidney("2024-07-01").done(JUN_1)))
                .isInstanceOf(JournalException.class).hasMessageContaining("already has the reminder");
        // The constraint holds even for a writer that does not ask first.
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO reminder (person_id, key, kind, title, due, state)"
                    + " SELECT person_id, key, kind, title, due, state FROM reminder"))
                    .hasMessageContaining("UNIQUE");
        }
        Reminder annsCopy = Reminder.generated("kidney-before-zoledronic:" + zoledronic + ":2024-07-01",
                ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC, "Kidney blood test", "", "", "", JUN_1, null);
        assertThat(reminders.add(ann, annsCopy).id()).isPositive();
        reminders.add(walter, Reminder.custom("Same title", "", JUN_1));
        reminders.add(walter, Reminder.custom("Same title", "", JUN_1));

        assertThat(reminders.all(walter)).hasSize(3);
        assertThat(reminders.all(walter)).filteredOn(r -> r.key() != null).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.OPEN));
    }

    @Test
    void updateSavesStateDatesAndTextButNotTheKey() {
        Reminder saved = reminders.add(walter, kidney("2024-07-01"));

        Reminder snoozed = saved.snoozed(JUN_1.plusDays(30));
        reminders.update(snoozed);
        assertThat(reminders.all(walter)).containsExactly(snoozed);

        Reminder refreshed = snoozed.refreshedFrom(Reminder.generated(saved.key(), ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC,
                "Kidney test (creatinine)", "New reason", "NICE", "kidneys", JUN_1.plusDays(5), null));
        reminders.update(refreshed);
        assertThat(reminders.all(walter)).containsExactly(refreshed);
        assertThat(reminders.all(walter).get(0).snoozedUntil()).isEqualTo(JUN_1.plusDays(30));
        assertThat(reminders.all(walter).get(0).medicationId()).isNull();

        Reminder done = refreshed.done(JUN_1.plusDays(6));
        reminders.update(done);
        assertThat(reminders.all(walter)).containsExactly(done);
        assertThat(reminders.all(walter).get(0).doneOn()).isEqualTo(JUN_1.plusDays(6));

        assertThatThrownBy(() -> reminders.update(done.withId(987654)))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void deleteRemovesOneReminder() {
        Reminder a = reminders.add(walter, Reminder.custom("A", "", JUN_1));
        Reminder b = reminders.add(walter, Reminder.custom("B", "", JUN_1));
        reminders.delete(a.id());
        reminders.delete(a.id());   // deleting what is not there does nothing
        assertThat(reminders.all(walter)).containsExactly(b);
    }

    @Test
    void kindsAndStatesALaterVersionAddedAreSkipped() throws Exception {
        Reminder kept = reminders.add(walter, Reminder.custom("Kept", "", JUN_1));
        Reminder newKind = reminders.add(walter, kidney("2024-07-01"));
        Reminder newState = reminders.add(walter, Reminder.custom("Later state", "", JUN_1));
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE reminder SET kind = 'HEARING_TEST' WHERE id = " + newKind.id());
            s.executeUpdate("UPDATE reminder SET state = 'DELEGATED' WHERE id = " + newState.id());
        }
        assertThat(reminders.all(walter)).containsExactly(kept);
    }
}
