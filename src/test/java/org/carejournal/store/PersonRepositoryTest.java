package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.carejournal.domain.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonRepositoryTest {

    @TempDir Path dir;

    @Test
    void peopleAreCreatedFoundRenamedAndListedInOrder() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            Person walter = people.create("  Walter  ");
            Person ann = people.create("Ann");

            assertThat(walter.name()).isEqualTo("Walter");
            assertThat(people.all()).containsExactly(walter, ann);
            assertThat(people.find(ann.id())).contains(ann);
            assertThat(people.find(999)).isEmpty();

            people.rename(walter.id(), "Walter B.");
            assertThat(people.find(walter.id())).contains(new Person(walter.id(), "Walter B."));
        }
    }

    @Test
    void blankNamesAndMissingPeopleAreRefused() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            assertThatThrownBy(() -> people.create(" ")).isInstanceOf(IllegalArgumentException.class);
            Person walter = people.create("Walter");
            assertThatThrownBy(() -> people.rename(walter.id(), "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> people.rename(999, "Bob")).isInstanceOf(JournalException.class);
            assertThat(people.all()).containsExactly(walter);
        }
    }
}
