package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RescueEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PainLogRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private PainLogRepository pain;
    private long walter;
    private long ann;

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
        pain = new PainLogRepository(db, clock);
        PersonRepository people = new PersonRepository(db, clock);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PainEntry at(LocalDate day, int hour, int minute, Integer now) {
        return new PainEntry(0, day.atTime(hour, minute), now, null, null, Set.of(), false, "", null);
    }

    @Test
    void everyFieldComesBackAsSavedAndMissingRatingsStayMissing() {
        PainEntry full = new PainEntry(0, MAY_1.atTime(21, 15), 7, 9, 5,
                EnumSet.of(BodyRegion.LOWER_BACK, BodyRegion.PELVIS_HIPS), true, " oxycodone 5 mg ", RescueEffect.PARTLY);
        PainEntry sparse = new PainEntry(0, MAY_1.atTime(8, 0), null, 4, null, Set.of(), false, "", null);

        PainEntry savedFull = pain.add(walter, full);
        PainEntry savedSparse = pain.add(walter, sparse);

        assertThat(savedFull.id()).isPositive();
        assertThat(savedFull).isEqualTo(full.withId(savedFull.id()));
        assertThat(savedFull.rescueMedicine()).isEqualTo("oxycodone 5 mg");
        assertThat(pain.between(walter, DateRange.ALL)).containsExactly(savedSparse, savedFull);
        PainEntry back = pain.between(walter, DateRange.ALL).get(0);
        assertThat(back.now()).isNull();
        assertThat(back.average()).isNull();
        assertThat(back.worst()).isEqualTo(4);
        assertThat(back.helped()).isNull();
    }

    @Test
    void anyIsPerPerson() {
        assertThat(pain.any(walter)).isFalse();
        pain.add(walter, at(MAY_1, 9, 0, 3));
        assertThat(pain.any(walter)).isTrue();
        assertThat(pain.any(ann)).isFalse();
    }

    @Test
    void severalEntriesOnOneDayComeInTimeOrderAndRangesGoByDay() {
        PainEntry evening = pain.add(walter, at(MAY_1, 22, 30, 6));
        PainEntry morning = pain.add(walter, at(MAY_1, 7, 5, 3));
        PainEntry noon = pain.add(walter, at(MAY_1, 12, 0, 4));
        PainEntry lastMinuteBefore = pain.add(walter, at(MAY_1.minusDays(1), 23, 59, 2));
        PainEntry nextDay = pain.add(walter, at(MAY_1.plusDays(1), 0, 0, 1));
        pain.add(ann, at(MAY_1, 9, 0, 8));

        assertThat(pain.between(walter, new DateRange(MAY_1, MAY_1))).containsExactly(morning, noon, evening);
        assertThat(pain.between(walter, DateRange.ALL)).containsExactly(lastMinuteBefore, morning, noon, evening, nextDay);
        assertThat(pain.between(walter, new DateRange(null, MAY_1))).containsExactly(lastMinuteBefore, morning, noon, evening);
        assertThat(pain.between(walter, new DateRange(MAY_1.plusDays(1), null))).containsExactly(nextDay);
        assertThat(pain.between(ann, DateRange.ALL)).hasSize(1);
    }

    @Test
    void theTimeIsKeptToTheMinute() {
        PainEntry saved = pain.add(walter, at(MAY_1, 9, 41, 3));
        PainEntry withSeconds = pain.add(walter,
                new PainEntry(0, LocalDateTime.of(2024, 5, 2, 9, 41, 37, 5_000), 3, null, null, Set.of(), false, "", null));

        assertThat(withSeconds.takenAt()).isEqualTo(LocalDateTime.of(2024, 5, 2, 9, 41));
        assertThat(pain.between(walter, DateRange.ALL)).containsExactly(saved, withSeconds);
        String stored = TestFiles.queryString(db, "SELECT taken_at || ' ' || day FROM pain_entry ORDER BY id");
        assertThat(stored).isEqualTo("2024-05-01T09:41 2024-05-01");
    }

    @Test
    void updateMovesAndChangesAnEntryAndDeleteRemovesIt() {
        PainEntry a = pain.add(walter, at(MAY_1, 8, 0, 3));
        PainEntry b = pain.add(walter, at(MAY_1, 20, 0, 5));

        PainEntry moved = new PainEntry(a.id(), MAY_1.plusDays(3).atTime(6, 30), 2, 8, 4, Set.of(BodyRegion.RIBS_CHEST),
                true, "paracetamol", RescueEffect.HELPED);
        pain.update(moved);
        assertThat(pain.between(walter, new DateRange(MAY_1, MAY_1))).containsExactly(b);
        assertThat(pain.between(walter, new DateRange(MAY_1.plusDays(3), MAY_1.plusDays(3)))).containsExactly(moved);

        pain.delete(b.id());
        assertThat(pain.between(walter, DateRange.ALL)).containsExactly(moved);
        pain.delete(b.id());   // deleting what is not there does nothing

        assertThatThrownBy(() -> pain.update(moved.withId(987654)))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
        assertThat(pain.between(walter, DateRange.ALL)).containsExactly(moved);
    }

    @Test
    void namesALaterVersionAddedAreSkippedOnRead() throws Exception {
        PainEntry saved = pain.add(walter, new PainEntry(0, MAY_1.atTime(9, 0), 5, null, null,
                EnumSet.of(BodyRegion.LEGS), true, "ibuprofen", RescueEffect.HELPED));
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE pain_entry SET sites = 'TAIL,LEGS', helped = 'COMPLETELY' WHERE id = " + saved.id());
            assertThatThrownBy(() -> s.executeUpdate("UPDATE pain_entry SET worst = 11")).hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE pain_entry SET day = '2024-05-02'")).hasMessageContaining("CHECK");
        }
        assertThat(pain.between(walter, DateRange.ALL)).singleElement().satisfies(e -> {
            assertThat(e.sites()).containsExactly(BodyRegion.LEGS);
            assertThat(e.helped()).isNull();
            assertThat(e.rescueMedicine()).isEqualTo("ibuprofen");
        });
    }
}
