package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymptomRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private SymptomRepository symptoms;
    private long walter;
    private long ann;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
        symptoms = new SymptomRepository(db, clock);
        PersonRepository people = new PersonRepository(db, clock);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int rows() {
        return Integer.parseInt(TestFiles.queryString(db, "SELECT count(*) FROM symptom"));
    }

    @Test
    void aPersonStartsWithTheStandardListOnceInEnumOrder() {
        List<Symptom> first = symptoms.list(walter);
        List<Symptom> again = symptoms.list(walter);

        assertThat(again).isEqualTo(first);
        assertThat(first).extracting(Symptom::standard).containsExactly(StandardSymptom.values());
        assertThat(first).extracting(Symptom::name)
                .containsExactlyElementsOf(Arrays.stream(StandardSymptom.values()).map(StandardSymptom::displayName).toList());
        assertThat(first).extracting(Symptom::position).containsExactlyElementsOf(
                IntStream.range(0, StandardSymptom.values().length).boxed().toList());
        assertThat(first).noneMatch(Symptom::hidden).noneMatch(Symptom::isCustom);
        assertThat(rows()).isEqualTo(StandardSymptom.values().length);

        assertThat(symptoms.list(ann)).hasSize(StandardSymptom.values().length)
                .extracting(Symptom::id).doesNotContainAnyElementsOf(first.stream().map(Symptom::id).toList());
        assertThat(rows()).isEqualTo(2 * StandardSymptom.values().length);
    }

    @Test
    void aCustomSymptomGoesAtTheEndAndSurvivesReopening() {
        int standard = symptoms.list(walter).size();
        Symptom cough = symptoms.addCustom(walter, "  Cough ");
        Symptom itch = symptoms.addCustom(walter, "Itching");

        assertThat(cough).isEqualTo(new Symptom(cough.id(), null, "Cough", false, standard));
        assertThat(itch.position()).isEqualTo(standard + 1);
        db.close();
        db = Database.open(dir.resolve("journal.db"));
        List<Symptom> list = new SymptomRepository(db).list(walter);
        assertThat(list).hasSize(standard + 2).endsWith(cough, itch);
        assertThat(list.get(standard).isCustom()).isTrue();
    }

    @Test
    void addingBeforeTheListWasEverReadStillGivesTheStandardSymptoms() {
        Symptom cough = symptoms.addCustom(ann, "Cough");
        assertThat(cough.position()).isEqualTo(StandardSymptom.values().length);
        assertThat(symptoms.list(ann)).hasSize(StandardSymptom.values().length + 1).last().isEqualTo(cough);
    }

    @Test
    void aNameAlreadyOnTheListIsRefusedInAnyLetterCaseAndNothingIsSaved() {
        symptoms.list(walter);
        int before = rows();

        assertThatThrownBy(() -> symptoms.addCustom(walter, "bone PAIN"))
                .isExactlyInstanceOf(JournalException.class)
                .hasMessage("\"Bone pain\" is already on the list.");
        symptoms.addCustom(walter, "Cough");
        assertThatThrownBy(() -> symptoms.addCustom(walter, " COUGH "))
                .isInstanceOf(JournalException.class).hasMessageContaining("\"Cough\" is already on the list");
        // Letters outside ASCII, which SQLite's NOCASE does not fold.
        symptoms.addCustom(walter, "Übelkeit");
        assertThatThrownBy(() -> symptoms.addCustom(walter, "übelkeit")).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> symptoms.addCustom(walter, "   ")).isInstanceOf(JournalException.class)
                .hasMessage("Type a name for the symptom.");
        assertThat(rows()).isEqualTo(before + 2);

        // Another person may use the same name.
        assertThat(symptoms.addCustom(ann, "Cough").name()).isEqualTo("Cough");
    }

    @Test
    void aHiddenSymptomIsNamedAsSuchWhenItsNameIsTypedAgain() {
        Symptom fatigue = symptoms.list(walter).get(0);
        symptoms.setHidden(fatigue.id(), true);
        assertThatThrownBy(() -> symptoms.addCustom(walter, "tiredness"))
                .hasMessage("\"Tiredness\" is already on the list (hidden: show it again instead).");
    }

    @Test
    void theSchemaItselfRefusesADuplicateName() throws Exception {
        symptoms.list(walter);
        try (Connection c = TestFiles.raw(db.file()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO symptom (person_id, name, position, created_at)"
                    + " VALUES (" + walter + ", 'TIREDNESS', 99, 'x')")).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO symptom (person_id, standard_key, name, position, created_at)"
                    + " VALUES (" + walter + ", 'fatigue', 'Weariness', 99, 'x')")).hasMessageContaining("UNIQUE");
        }
    }

    @Test
    void hidingAndShowingIsSaved() {
        Symptom fatigue = symptoms.list(walter).get(0);
        symptoms.setHidden(fatigue.id(), true);
        assertThat(symptoms.list(walter).get(0)).isEqualTo(fatigue.withHidden(true));
        symptoms.setHidden(fatigue.id(), false);
        assertThat(symptoms.list(walter).get(0)).isEqualTo(fatigue);

        assertThatThrownBy(() -> symptoms.setHidden(987654, true))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void aNewOrderIsSavedAsPositionsFromZero() {
        symptoms.addCustom(walter, "Cough");
        List<Symptom> list = symptoms.list(walter);
        List<Long> reversed = new ArrayList<>(list.stream().map(Symptom::id).toList());
        Collections.reverse(reversed);

        symptoms.reorder(walter, reversed);

        List<Symptom> after = symptoms.list(walter);
        assertThat(after).extracting(Symptom::id).containsExactlyElementsOf(reversed);
        assertThat(after.get(0).name()).isEqualTo("Cough");
        assertThat(after).extracting(Symptom::position).containsExactlyElementsOf(
                IntStream.range(0, list.size()).boxed().toList());
        // A symptom added later still goes at the end.
        assertThat(symptoms.addCustom(walter, "Itching").position()).isEqualTo(list.size());
    }

    @Test
    void aReorderThatDoesNotListExactlyThePersonsSymptomsChangesNothing() {
        List<Symptom> list = symptoms.list(walter);
        List<Long> ids = list.stream().map(Symptom::id).toList();
        long annsFirst = symptoms.list(ann).get(0).id();

        List<Long> missingOne = new ArrayList<>(ids.subList(1, ids.size()));
        Collections.reverse(missingOne);
        List<Long> withAnns = new ArrayList<>(missingOne);
        withAnns.add(annsFirst);
        List<Long> twice = new ArrayList<>(missingOne);
        twice.add(missingOne.get(0));

        for (List<Long> bad : List.of(missingOne, withAnns, twice)) {
            assertThatThrownBy(() -> symptoms.reorder(walter, bad))
                    .isInstanceOf(JournalException.class).hasMessageContaining("nothing was saved");
        }
        assertThat(symptoms.list(walter)).isEqualTo(list);
        assertThat(symptoms.list(ann).get(0).position()).isZero();
    }

    @Test
    void aStandardKeyFromALaterVersionIsShownAsAnOrdinarySymptom() {
        symptoms.list(walter);
        db.inTransactionDo(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO symptom (person_id, standard_key, name, position, created_at)"
                        + " VALUES (" + walter + ", 'cough', 'Cough', 50, 'x')");
            }
        });
        assertThat(symptoms.list(walter)).last().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Cough");
            assertThat(s.isCustom()).isTrue();
        });
    }
}
