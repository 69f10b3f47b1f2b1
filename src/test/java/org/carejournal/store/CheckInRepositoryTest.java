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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private CheckInRepository checkIns;
    private long walter;
    private long ann;
    private long fatigue;
    private long bonePain;
    private long nausea;

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
        checkIns = new CheckInRepository(db, clock);
        PersonRepository people = new PersonRepository(db, clock);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
        List<Symptom> list = new SymptomRepository(db, clock).list(walter);
        fatigue = list.get(0).id();
        bonePain = list.get(1).id();
        nausea = list.get(8).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CheckIn day(LocalDate date, Map<Long, Integer> ratings) {
        return new CheckIn(0, date, ratings, Set.of(), null, "");
    }

    private int ratingRows() {
        return Integer.parseInt(TestFiles.queryString(db, "SELECT count(*) FROM check_in_rating"));
    }

    @Test
    void everyFieldComesBackAsSaved() {
        CheckIn full = new CheckIn(0, MAY_1, Map.of(fatigue, 6, bonePain, 0, nausea, 10),
                EnumSet.of(WarningSign.THIRST, WarningSign.DIFFICULTY_WALKING),
                new Temperature(100.4, Temperature.Unit.FAHRENHEIT), "  walked to the shop  ");

        CheckIn saved = checkIns.save(walter, full);

        assertThat(saved.id()).isPositive();
        assertThat(saved).isEqualTo(full.withId(saved.id()));
        assertThat(saved.note()).isEqualTo("walked to the shop");
        assertThat(checkIns.on(walter, MAY_1)).contains(saved);
        assertThat(checkIns.on(walter, MAY_1).orElseThrow().temperature())
                .isEqualTo(new Temperature(100.4, Temperature.Unit.FAHRENHEIT));
        assertThat(checkIns.on(walter, MAY_1.plusDays(1))).isEmpty();
        assertThat(checkIns.on(ann, MAY_1)).isEmpty();

        CheckIn bare = checkIns.save(walter, day(MAY_1.plusDays(1), Map.of()));
        assertThat(checkIns.on(walter, MAY_1.plusDays(1))).hasValueSatisfying(c -> {
            assertThat(c).isEqualTo(bare);
            assertThat(c.temperature()).isNull();
            assertThat(c.signs()).isEmpty();
            assertThat(c.ratings()).isEmpty();
        });
    }

    @Test
    void savingTheSameDayAgainEditsItInPlaceAndReplacesItsRatings() {
        CheckIn first = checkIns.save(walter, new CheckIn(0, MAY_1, Map.of(fatigue, 6, bonePain, 3),
                Set.of(WarningSign.SHIVERING), new Temperature(38.4, Temperature.Unit.CELSIUS), "first"));
        CheckIn other = checkIns.save(walter, day(MAY_1.plusDays(1), Map.of(fatigue, 1)));

        CheckIn edited = checkIns.save(walter, new CheckIn(first.id() + 100, MAY_1, Map.of(fatigue, 4, nausea, 2),
                Set.of(), null, "edited"));

        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(checkIns.on(walter, MAY_1)).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(first.id());
            assertThat(c.ratings()).isEqualTo(Map.of(fatigue, 4, nausea, 2));
            assertThat(c.rating(bonePain)).isNull();
            assertThat(c.signs()).isEmpty();
            assertThat(c.temperature()).isNull();
            assertThat(c.note()).isEqualTo("edited");
        });
        assertThat(checkIns.between(walter, DateRange.ALL)).containsExactly(edited, other);
        assertThat(ratingRows()).isEqualTo(3);
    }

    @Test
    void aRatingOfASymptomThatIsNotThePersonsIsLeftOutNotTheWholeDay() {
        long annsSymptom = new SymptomRepository(db).list(ann).get(0).id();
        CheckIn saved = checkIns.save(walter, day(MAY_1, Map.of(fatigue, 5, annsSymptom, 7, 987654L, 3)));
        assertThat(saved.ratings()).isEqualTo(Map.of(fatigue, 5));
        assertThat(checkIns.on(walter, MAY_1)).contains(saved);
    }

    @Test
    void betweenTakesBothEndsAndOpenEndsOldestFirst() {
        CheckIn d1 = checkIns.save(walter, day(MAY_1.plusDays(2), Map.of(fatigue, 3)));
        CheckIn d0 = checkIns.save(walter, day(MAY_1, Map.of(fatigue, 2, bonePain, 1)));
        CheckIn d2 = checkIns.save(walter, day(MAY_1.plusDays(5), Map.of()));
        CheckIn d3 = checkIns.save(walter, day(MAY_1.plusDays(9), Map.of(nausea, 8)));
        checkIns.save(ann, day(MAY_1.plusDays(2), Map.of()));

        assertThat(checkIns.between(walter, DateRange.ALL)).containsExactly(d0, d1, d2, d3);
        assertThat(checkIns.between(walter, new DateRange(MAY_1.plusDays(2), MAY_1.plusDays(5)))).containsExactly(d1, d2);
        assertThat(checkIns.between(walter, new DateRange(MAY_1.plusDays(3), null))).containsExactly(d2, d3);
        assertThat(checkIns.between(walter, new DateRange(null, MAY_1.plusDays(2)))).containsExactly(d0, d1);
        assertThat(checkIns.between(walter, new DateRange(MAY_1.plusDays(6), MAY_1.plusDays(8)))).isEmpty();
        assertThat(checkIns.between(walter, DateRange.ALL).get(0).ratings()).isEqualTo(Map.of(fatigue, 2, bonePain, 1));
    }

    @Test
    void datesWithAndAnyAnswerForOnePerson() {
        assertThat(checkIns.any(walter)).isFalse();
        assertThat(checkIns.datesWith(walter, DateRange.ALL)).isEmpty();
        for (int d : new int[] {7, 0, 3}) checkIns.save(walter, day(MAY_1.plusDays(d), Map.of()));

        assertThat(checkIns.any(walter)).isTrue();
        assertThat(checkIns.any(ann)).isFalse();
        assertThat(checkIns.datesWith(walter, DateRange.ALL)).containsExactly(MAY_1, MAY_1.plusDays(3), MAY_1.plusDays(7));
        assertThat(checkIns.datesWith(walter, new DateRange(MAY_1.plusDays(1), MAY_1.plusDays(7))))
                .containsExactly(MAY_1.plusDays(3), MAY_1.plusDays(7));
        assertThat(checkIns.datesWith(walter, new DateRange(null, MAY_1))).containsExactly(MAY_1);
    }

    @Test
    void whatALaterVersionWroteIsReadWithoutWhatThisVersionDoesNotKnow() throws Exception {
        CheckIn saved = checkIns.save(walter, day(MAY_1, Map.of(fatigue, 5, bonePain, 2)));
        // Written over a plain connection: foreign keys off, as a later schema or a repair tool might leave it.
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE check_in SET signs = 'NEW_SIGN,THIRST, CONFUSION' WHERE id = " + saved.id());
            s.executeUpdate("INSERT INTO check_in_rating VALUES (" + saved.id() + ", 987654, 9)");
        }
        assertThat(checkIns.on(walter, MAY_1)).hasValueSatisfying(c -> {
            assertThat(c.signs()).containsExactlyInAnyOrder(WarningSign.THIRST, WarningSign.CONFUSION);
            assertThat(c.ratings()).isEqualTo(Map.of(fatigue, 5, bonePain, 2));
        });
    }

    @Test
    void ratingsOutsideZeroToTenAndBadDaysAreRefusedByTheSchema() throws Exception {
        CheckIn saved = checkIns.save(walter, day(MAY_1, Map.of(fatigue, 5)));
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE check_in_rating SET rating = 11")).hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE check_in SET day = '1/5/2024'")).hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE check_in SET temperature_value = 37")).hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO check_in (person_id, day, created_at, updated_at)"
                    + " VALUES (" + walter + ", '2024-05-01', 'x', 'x')")).hasMessageContaining("UNIQUE");
        }
        assertThat(checkIns.on(walter, MAY_1)).contains(saved);
    }
}
