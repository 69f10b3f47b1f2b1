package org.carejournal.store;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enum values kept as their names in text columns. Reading skips or drops names this version does
 * not know: a journal written by a later app version may hold values added since, and showing the
 * rest of the row beats refusing to open it.
 */
final class EnumText {
    private EnumText() {}

    /** The names of {@code values} in declaration order, comma-separated; '' for none. */
    static <E extends Enum<E>> String join(Set<E> values) {
        if (values.isEmpty()) return "";
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The known values named in {@code text} (null or '' for none). */
    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (text == null || text.isBlank()) return values;
        for (String name : text.split(",")) {
            E value = parse(name.strip(), type);
            if (value != null) values.add(value);
        }
        return values;
    }

    /** The value named {@code name}, or null when it is null or not known to this version. */
    static <E extends Enum<E>> E parse(String name, Class<E> type) {
        if (name == null) return null;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
