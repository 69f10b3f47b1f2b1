package org.carejournal.domain.checkin;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Checks the name of a symptom a person wants to add. */
public final class SymptomNameCheck {
    public static final int MAX_LENGTH = 60;

    private SymptomNameCheck() {}

    /** A plain message when the name cannot be used, empty when it can. */
    public static Optional<String> problem(String name, Collection<Symptom> existing) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) return Optional.of("Type a name for the symptom.");
        if (n.length() > MAX_LENGTH) return Optional.of("Keep the name under " + MAX_LENGTH + " letters.");
        String key = n.toLowerCase(Locale.ROOT);
        for (Symptom s : existing) {
            if (s.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of("\"" + s.name() + "\" is already on the list"
                        + (s.hidden() ? " (hidden: show it again instead)." : "."));
            }
        }
        return Optional.empty();
    }
}
