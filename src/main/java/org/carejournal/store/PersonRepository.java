package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.People;
import org.carejournal.domain.Person;

/** The people whose journal this is. */
public final class PersonRepository implements People {

    private final Database db;
    private final Clock clock;

    public PersonRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code created_at} time (fixed in tests) */
    public PersonRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Everyone in the journal, in the order they were added. */
    public List<Person> all() {
        return db.read(c -> {
            List<Person> people = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM person ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) people.add(new Person(rs.getLong(1), rs.getString(2)));
            }
            return people;
        });
    }

    /** Adds a person. @throws IllegalArgumentException when the name is blank */
    public Person create(String name) {
        Person draft = new Person(0, name);
        long id = db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO person (name, created_at) VALUES (?, ?)")) {
                s.setString(1, draft.name());
                s.setString(2, Instant.now(clock).toString());
                s.executeUpdate();
            }
            return Rows.lastInsertId(c);
        });
        return new Person(id, draft.name());
    }

    public Optional<Person> find(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM person WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Person(rs.getLong(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** @throws IllegalArgumentException when the name is blank; JournalException when there is no such person */
    @Override
    public void rename(long id, String name) {
        Person renamed = new Person(id, name);
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE person SET name = ? WHERE id = ?")) {
                s.setString(1, renamed.name());
                s.setLong(2, id);
                Rows.expectOne(s.executeUpdate(), "That person is no longer in the journal.");
            }
        });
    }
}
