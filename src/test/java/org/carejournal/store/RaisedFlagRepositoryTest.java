package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.domain.checkin.RedFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaisedFlagRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private RaisedFlagRepository flags;
    private long walter;
    private long ann;

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final Instant SEEN = Instant.parse("2024-05-02T08:15:30Z");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
        flags = new RaisedFlagRepository(db, clock);
        PersonRepository people = new PersonRepository(db, clock);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFlagIsRaisedOncePerDayEvenAfterItWasAcknowledged() {
        assertThat(flags.raise(walter, RedFlag.INFECTION, MAY_1, "Temperature 38.4 °C")).isTrue();
        assertThat(flags.raise(walter, RedFlag.INFECTION, MAY_1, "Temperature 38.9 °C")).isFalse();

        RaisedFlag raised = flags.open(walter).get(0);
        assertThat(raised.flag()).isEqualTo(RedFlag.INFECTION);
        assertThat(raised.date()).isEqualTo(MAY_1);
        assertThat(raised.reason()).isEqualTo("Temperature 38.4 °C");   // the first reason is kept
        assertThat(raised.acknowledged()).isFalse();

        flags.acknowledge(raised.id(), SEEN);
        assertThat(flags.raise(walter, RedFlag.INFECTION, MAY_1, "edited check-in")).isFalse();
        assertThat(flags.open(walter)).isEmpty();

        // Another day, another flag or another person is new.
        assertThat(flags.raise(walter, RedFlag.INFECTION, MAY_1.plusDays(1), "again")).isTrue();
        assertThat(flags.raise(walter, RedFlag.HIGH_CALCIUM, MAY_1, "thirst and confusion")).isTrue();
        assertThat(flags.raise(ann, RedFlag.INFECTION, MAY_1, "fever")).isTrue();
    }

    @Test
    void openLeavesOutAcknowledgedFlagsAndBothListsAreNewestFirst() {
        flags.raise(walter, RedFlag.URINE, MAY_1, "a");
        flags.raise(walter, RedFlag.JAW, MAY_1.plusDays(5), "b");
        flags.raise(walter, RedFlag.FRACTURE, MAY_1.plusDays(2), "c");
        flags.raise(walter, RedFlag.UNCONTROLLED_PAIN, MAY_1.plusDays(5), "d");
        flags.raise(ann, RedFlag.URINE, MAY_1.plusDays(9), "not Walter's");

        assertThat(flags.all(walter)).extracting(RaisedFlag::reason).containsExactly("d", "b", "c", "a");
        long jaw = flags.all(walter).get(1).id();
        flags.acknowledge(jaw, SEEN);

        assertThat(flags.open(walter)).extracting(RaisedFlag::reason).containsExactly("d", "c", "a");
        assertThat(flags.all(walter)).extracting(RaisedFlag::reason).containsExactly("d", "b", "c", "a");
        assertThat(flags.all(walter).get(1).acknowledgedAt()).isEqualTo(SEEN);
        assertThat(flags.open(ann)).hasSize(1);
    }

    @Test
    void acknowledgingAgainKeepsTheFirstTimeAndAMissingFlagIsReported() {
        flags.raise(walter, RedFlag.SPINAL_CORD_COMPRESSION, MAY_1, "back pain and weak legs");
        long id = flags.open(walter).get(0).id();
        flags.acknowledge(id, SEEN);
        flags.acknowledge(id, SEEN.plusSeconds(3600));
        assertThat(flags.all(walter).get(0).acknowledgedAt()).isEqualTo(SEEN);

        assertThatThrownBy(() -> flags.acknowledge(987654, SEEN))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void aFlagALaterVersionAddedIsKeptButNotShown() throws Exception {
        flags.raise(walter, RedFlag.INFECTION, MAY_1, "fever");
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO raised_flag (person_id, flag, day, reason, raised_at)"
                    + " VALUES (" + walter + ", 'SOMETHING_NEW', '2024-05-03', 'x', 'x')");
        }
        assertThat(flags.all(walter)).extracting(RaisedFlag::flag).containsExactly(RedFlag.INFECTION);
        assertThat(flags.open(walter)).hasSize(1);
    }
}
