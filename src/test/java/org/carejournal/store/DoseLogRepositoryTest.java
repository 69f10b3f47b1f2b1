package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoseLogRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private DoseLogRepository doses;
    private long abiraterone;
    private long paracetamol;
    private long annsMedicine;
    private long walter;
    private long ann;

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        doses = new DoseLogRepository(db);
        PersonRepository people = new PersonRepository(db);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
        MedicationPlanRepository plan = new MedicationPlanRepository(db);
        abiraterone = plan.add(walter, Medication.draft("abiraterone", "Abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR,
                Route.BY_MOUTH)).id();
        paracetamol = plan.add(walter, Medication.draft(null, "Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH)).id();
        annsMedicine = plan.add(ann, Medication.draft(null, "Vitamin D", DrugClass.SUPPLEMENT, Route.BY_MOUTH)).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int rows() {
        return Integer.parseInt(TestFiles.queryString(db, "SELECT count(*) FROM dose_event"));
    }

    @Test
    void everyKindOfEventComesBackAsSaved() {
        DoseEvent late = new DoseEvent(0, abiraterone, MAY_1.atTime(8, 0), DoseStatus.TAKEN, MAY_1.atTime(10, 40),
                "", "");
        DoseEvent skipped = DoseEvent.skipped(abiraterone, MAY_1.plusDays(1).atTime(8, 0), " nausea ");
        DoseEvent asNeeded = DoseEvent.asNeeded(paracetamol, MAY_1.atTime(14, 5), " 1 g ", "back pain");
        DoseEvent takenNextDay = DoseEvent.taken(abiraterone, MAY_1.plusDays(2).atTime(23, 30), MAY_1.plusDays(3).atTime(0, 15));

        DoseEvent a = doses.record(late);
        DoseEvent b = doses.record(skipped);
        DoseEvent c = doses.record(asNeeded);
        DoseEvent d = doses.record(takenNextDay);

        assertThat(a.id()).isPositive();
        assertThat(doses.between(walter, MAY_1, MAY_1.plusDays(3)))
                .containsExactly(a, c, b, d)
                .containsExactly(late.withId(a.id()), asNeeded.withId(c.id()), skipped.withId(b.id()), takenNextDay.withId(d.id()));
        DoseEvent backSkipped = doses.between(walter, MAY_1.plusDays(1), MAY_1.plusDays(1)).get(0);
        assertThat(backSkipped.takenAt()).isNull();
        assertThat(backSkipped.reason()).isEqualTo("nausea");
        DoseEvent backAsNeeded = doses.between(walter, MAY_1, MAY_1).get(1);
        assertThat(backAsNeeded.dueAt()).isNull();
        assertThat(backAsNeeded.amount()).isEqualTo("1 g");
        // A planned dose belongs to its due day even when taken after midnight.
        assertThat(doses.between(walter, MAY_1.plusDays(3), MAY_1.plusDays(3))).isEmpty();
    }

    @Test
    void recordingADueDoseAgainKeepsOneRowWithTheSecondAnswer() {
        LocalDateTime due = MAY_1.atTime(8, 0);
        DoseEvent first = doses.record(DoseEvent.skipped(abiraterone, due, "forgot"));
        DoseEvent second = doses.record(DoseEvent.taken(abiraterone, due, MAY_1.atTime(11, 0)));

        assertThat(rows()).isEqualTo(1);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(doses.between(walter, MAY_1, MAY_1)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DoseStatus.TAKEN);
            assertThat(e.takenAt()).isEqualTo(MAY_1.atTime(11, 0));
            assertThat(e.reason()).isEmpty();
        });

        // The same time for another medicine, or the same medicine at another time, is another dose.
        doses.record(DoseEvent.taken(paracetamol, due, due));
        doses.record(DoseEvent.taken(abiraterone, due.plusHours(12), due.plusHours(12)));
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void asNeededDosesAtTheSameTimeAreSeparateAndOneCanBeCorrected() {
        DoseEvent one = doses.record(DoseEvent.asNeeded(paracetamol, MAY_1.atTime(9, 0), "1 g", ""));
        DoseEvent two = doses.record(DoseEvent.asNeeded(paracetamol, MAY_1.atTime(9, 0), "500 mg", ""));
        assertThat(two.id()).isNotEqualTo(one.id());

        DoseEvent corrected = DoseEvent.asNeeded(paracetamol, MAY_1.atTime(9, 30), "1 g", "headache").withId(one.id());
        assertThat(doses.record(corrected)).isEqualTo(corrected);

        assertThat(doses.between(walter, MAY_1, MAY_1)).containsExactly(two, corrected);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void timesAreKeptToTheMinute() {
        DoseEvent saved = doses.record(DoseEvent.taken(abiraterone, LocalDateTime.of(2024, 5, 1, 8, 0, 30),
                LocalDateTime.of(2024, 5, 1, 8, 2, 59, 10)));
        DoseEvent again = doses.record(DoseEvent.skipped(abiraterone, MAY_1.atTime(8, 0), "the same dose"));

        assertThat(saved.dueAt()).isEqualTo(MAY_1.atTime(8, 0));
        assertThat(saved.takenAt()).isEqualTo(MAY_1.atTime(8, 2));
        assertThat(again.id()).isEqualTo(saved.id());
        assertThat(TestFiles.queryString(db, "SELECT due_at || ' ' || day FROM dose_event")).isEqualTo("2024-05-01T08:00 2024-05-01");
    }

    @Test
    void betweenIsInclusiveOldestFirstAndOnlyThePersonsOwn() {
        DoseEvent before = doses.record(DoseEvent.taken(abiraterone, MAY_1.minusDays(1).atTime(8, 0), MAY_1.minusDays(1).atTime(8, 0)));
        DoseEvent evening = doses.record(DoseEvent.taken(abiraterone, MAY_1.atTime(20, 0), MAY_1.atTime(20, 0)));
        DoseEvent morning = doses.record(DoseEvent.taken(abiraterone, MAY_1.atTime(8, 0), MAY_1.atTime(9, 0)));
        DoseEvent noonAsNeeded = doses.record(DoseEvent.asNeeded(paracetamol, MAY_1.atTime(12, 0), "1 g", ""));
        DoseEvent lastDay = doses.record(DoseEvent.skipped(abiraterone, MAY_1.plusDays(6).atTime(8, 0), ""));
        DoseEvent after = doses.record(DoseEvent.skipped(abiraterone, MAY_1.plusDays(7).atTime(8, 0), ""));
        doses.record(DoseEvent.taken(annsMedicine, MAY_1.atTime(8, 0), MAY_1.atTime(8, 0)));

        assertThat(doses.between(walter, MAY_1, MAY_1.plusDays(6))).containsExactly(morning, noonAsNeeded, evening, lastDay);
        assertThat(doses.between(walter, MAY_1.minusYears(10), MAY_1.plusYears(10)))
                .containsExactly(before, morning, noonAsNeeded, evening, lastDay, after);
        assertThat(doses.between(ann, MAY_1, MAY_1)).extracting(DoseEvent::medicationId).containsExactly(annsMedicine);
        assertThat(doses.between(walter, MAY_1.plusDays(2), MAY_1.plusDays(5))).isEmpty();
    }

    @Test
    void anyIsPerMedicineAndDeleteRemovesOneEvent() {
        assertThat(doses.any(abiraterone)).isFalse();
        DoseEvent a = doses.record(DoseEvent.taken(abiraterone, MAY_1.atTime(8, 0), MAY_1.atTime(8, 0)));
        DoseEvent b = doses.record(DoseEvent.taken(abiraterone, MAY_1.atTime(20, 0), MAY_1.atTime(20, 0)));
        assertThat(doses.any(abiraterone)).isTrue();
        assertThat(doses.any(paracetamol)).isFalse();

        doses.delete(a.id());
        doses.delete(a.id());   // deleting what is not there does nothing
        assertThat(doses.between(walter, MAY_1, MAY_1)).containsExactly(b);
        doses.delete(b.id());
        assertThat(doses.any(abiraterone)).isFalse();
    }

    @Test
    void aDoseOfAMedicineNotInTheJournalIsRefused() {
        assertThatThrownBy(() -> doses.record(DoseEvent.taken(987654, MAY_1.atTime(8, 0), MAY_1.atTime(8, 0))))
                .isInstanceOf(JournalException.class);
        assertThat(rows()).isZero();
    }

    @Test
    void recordingJoinsTheCallersAllOrNothing() {
        assertThatThrownBy(() -> db.allOrNothing(() -> {
            doses.record(DoseEvent.taken(abiraterone, MAY_1.atTime(8, 0), MAY_1.atTime(8, 0)));
            throw new IllegalStateException("a later step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows()).isZero();
    }

    @Test
    void statusesALaterVersionAddedAreSkippedAndTheFileChecksItsRows() throws Exception {
        DoseEvent kept = doses.record(DoseEvent.taken(abiraterone, MAY_1.atTime(8, 0), MAY_1.atTime(8, 0)));
        DoseEvent future = doses.record(DoseEvent.skipped(abiraterone, MAY_1.atTime(20, 0), ""));
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dose_event SET status = 'HALF_TAKEN' WHERE id = " + future.id());
            assertThatThrownBy(() -> s.executeUpdate("UPDATE dose_event SET day = '2024-05-02' WHERE id = " + kept.id()))
                    .hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE dose_event SET due_at = NULL, taken_at = NULL WHERE id = " + kept.id()))
                    .hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE dose_event SET due_at = '2024-05-01 08:00' WHERE id = " + kept.id()))
                    .hasMessageContaining("CHECK");
        }
        assertThat(doses.between(walter, MAY_1, MAY_1)).containsExactly(kept);
    }
}
