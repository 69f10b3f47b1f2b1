package org.carejournal.care;

import java.util.ArrayList;
import java.util.List;

/** Joins the facts a pattern matched into one plain phrase: "a", "a and b", "a, b and c". */
final class Phrases {
    private final List<String> parts = new ArrayList<>(3);

    Phrases add(String part) {
        parts.add(part);
        return this;
    }

    /** The parts joined, as they were written (lower case, for the middle of a sentence). */
    String joined() {
        int n = parts.size();
        if (n == 0) return "";
        if (n == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, n - 1)) + " and " + parts.get(n - 1);
    }

    /** The parts joined, starting with a capital: a reason on its own. */
    String sentence() {
        String s = joined();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
