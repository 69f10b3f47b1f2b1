package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabResultRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private LabResultRepository labs;
    private long walter;
    private long ann;

    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
        labs = new LabResultRepository(db, clock);
        PersonRepository people = new PersonRepository(db, clock);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LabResult psa(LocalDate date, double value) {
        return LabResult.of(LabTest.PSA, date, LabValue.exact(value));
    }

    @Test
    void everyFieldIsKeptExactlyIncludingCensoredValuesAndWhatWasTyped() {
        LabResult censored = new LabResult(0, LabTest.PSA, MARCH_5, LabValue.below(0.1), "<0,1", "µg/L",
                "City Hospital Lab", "after the third injection", true);
        LabResult converted = new LabResult(0, LabTest.TESTOSTERONE, MARCH_5.plusDays(1), LabValue.exact(0.35 * 28.84),
                "0,35", "nmol/L", "", "", false);

        LabResult saved = labs.add(walter, censored);
        LabResult saved2 = labs.add(walter, converted);

        assertThat(saved.id()).isPositive();
        assertThat(saved).isEqualTo(censored.withId(saved.id()));
        assertThat(labs.all(walter)).containsExactly(saved, saved2);
        assertThat(labs.find(saved.id())).contains(saved);
        LabResult back = labs.all(walter).get(0);
        assertThat(back.value().censored()).isTrue();
        assertThat(back.value().value()).isEqualTo(0.1);
        assertThat(back.enteredText()).isEqualTo("<0,1");
        assertThat(back.enteredUnit()).isEqualTo("µg/L");
        assertThat(back.excluded()).isTrue();
        assertThat(labs.all(walter).get(1).value().value()).isEqualTo(0.35 * 28.84);
    }

    @Test
    void dataSurvivesReopeningTheFile() {
        LabResult saved = labs.add(walter, new LabResult(0, LabTest.PSA, MARCH_5, LabValue.below(0.01), "< 0.01", "ng/mL",
                "Lab", "note", true));
        db.close();
        db = Database.open(dir.resolve("journal.db"));
        assertThat(new LabResultRepository(db).all(walter)).containsExactly(saved);
    }

    @Test
    void resultsAreListedPerPersonAndTestByDateThenByEntryOrder() {
        LabResult late = labs.add(walter, psa(MARCH_5.plusDays(30), 5.0));
        LabResult early = labs.add(walter, psa(MARCH_5, 4.2));
        LabResult sameDay = labs.add(walter, psa(MARCH_5, 4.3));
        LabResult hb = labs.add(walter, LabResult.of(LabTest.HEMOGLOBIN, MARCH_5.plusDays(1), LabValue.exact(13.1)));
        labs.add(ann, psa(MARCH_5, 9.9));

        assertThat(labs.forTest(walter, LabTest.PSA)).containsExactly(early, sameDay, late);
        assertThat(labs.forTest(walter, LabTest.HEMOGLOBIN)).containsExactly(hb);
        assertThat(labs.forTest(walter, LabTest.CALCIUM)).isEmpty();
        assertThat(labs.all(walter)).containsExactly(early, sameDay, hb, late);
        assertThat(labs.count(walter)).isEqualTo(4);
        assertThat(labs.count(ann)).isEqualTo(1);
    }

    @Test
    void updateChangesTheStoredFields() {
        LabResult saved = labs.add(walter, psa(MARCH_5, 4.2));
        LabResult changed = new LabResult(saved.id(), LabTest.PSA_ULTRASENSITIVE, MARCH_5.minusDays(2), LabValue.below(0.05),
                "<0.05", "ng/mL", "New lab", "corrected", true);
        labs.update(changed);
        assertThat(labs.all(walter)).containsExactly(changed);

        assertThatThrownBy(() -> labs.update(changed.withId(12345)))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void excludingAPointIsSaved() {
        LabResult saved = labs.add(walter, psa(MARCH_5, 4.2));
        labs.setExcluded(saved.id(), true);
        assertThat(labs.find(saved.id())).hasValueSatisfying(r -> assertThat(r.excluded()).isTrue());
        labs.setExcluded(saved.id(), false);
        assertThat(labs.find(saved.id())).contains(saved);
    }

    @Test
    void undoOfADeleteRestoresTheResultWithTheSameId() {
        LabResult first = labs.add(walter, psa(MARCH_5, 4.2));
        LabResult last = labs.add(walter, new LabResult(0, LabTest.PSA, MARCH_5.plusDays(40), LabValue.below(0.1),
                "<0.1", "ng/mL", "Lab", "note", true));

        labs.delete(last.id());
        assertThat(labs.all(walter)).containsExactly(first);
        // The next new row must not take the deleted id, or Undo could not put it back.
        LabResult added = labs.add(walter, psa(MARCH_5.plusDays(1), 4.4));
        assertThat(added.id()).isGreaterThan(last.id());

        LabResult restored = labs.restore(walter, last);
        assertThat(restored).isEqualTo(last);
        assertThat(labs.all(walter)).containsExactly(first, added, last);
        assertThat(labs.find(last.id())).contains(last);

        assertThatThrownBy(() -> labs.restore(walter, last)).isInstanceOf(JournalException.class);
        labs.delete(987654);   // deleting what is not there does nothing
        assertThat(labs.count(walter)).isEqualTo(3);
    }

    @Test
    void addAllSavesEveryRowOrNone() {
        List<LabResult> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) rows.add(psa(MARCH_5.plusDays(i), 1 + i));
        rows.add(25, psa(MARCH_5, -1));   // refused by the schema (value > 0): the whole batch must fail

        assertThatThrownBy(() -> labs.addAll(walter, rows)).isInstanceOf(JournalException.class);
        assertThat(labs.count(walter)).isZero();

        assertThatThrownBy(() -> labs.addAll(4242, List.of(psa(MARCH_5, 1)))).isInstanceOf(JournalException.class);

        rows.remove(25);
        labs.addAll(walter, rows);
        assertThat(labs.all(walter)).extracting(r -> r.value().value())
                .containsExactlyElementsOf(rows.stream().map(r -> r.value().value()).toList());
        assertThat(labs.all(walter)).allSatisfy(r -> assertThat(r.id()).isPositive());
        labs.addAll(walter, List.of());
        assertThat(labs.count(walter)).isEqualTo(50);
    }

    @Test
    void addAllTakesTenThousandRows() {
        List<LabResult> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new LabResult(0, LabTest.values()[i % LabTest.values().length], MARCH_5.minusDays(i),
                    LabValue.exact(1 + i % 20), String.valueOf(1 + i % 20), null, "Lab", "", false));
        }
        labs.addAll(walter, rows);
        assertThat(labs.count(walter)).isEqualTo(10_000);
        assertThat(labs.all(walter)).hasSize(10_000);
    }
}
