package org.carejournal.domain;

/** Someone whose journal this is. A journal holds one or more people. */
public record Person(long id, String name) {
    public Person {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("A name is needed");
        name = name.strip();
    }
}
