package org.carejournal.domain.checkin;

import java.util.Optional;

/**
 * One symptom a person tracks: a standard one (with its {@link StandardSymptom}) or one they added.
 *
 * @param standard null for a symptom the person added
 * @param position order on the check-in, smallest first
 */
public record Symptom(long id, StandardSymptom standard, String name, boolean hidden, int position) {

    public Symptom {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("A symptom needs a name");
        name = name.strip();
    }

    public Optional<StandardSymptom> standardKind() { return Optional.ofNullable(standard); }

    public boolean isCustom() { return standard == null; }

    public Symptom withHidden(boolean h) { return new Symptom(id, standard, name, h, position); }
}
