package org.carejournal.domain;

import java.util.List;
import java.util.Optional;

/** The people a journal is kept for. */
public interface People {
    List<Person> all();

    Person create(String name);

    Optional<Person> find(long id);

    /** Changes a person's name. @throws IllegalArgumentException when the name is blank */
    void rename(long id, String name);
}
