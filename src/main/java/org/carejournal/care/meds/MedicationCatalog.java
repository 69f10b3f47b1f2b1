package org.carejournal.care.meds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The drugs the journal knows (DOMAIN.md's treatment table), searched by generic or brand name as the
 * person types. Loaded from the catalog resource by {@code MedicationCatalog.load()}.
 */
public final class MedicationCatalog {
    private final List<CatalogEntry> entries;

    private MedicationCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A catalog of the entries given (tests, and the loader). */
    public static MedicationCatalog of(List<CatalogEntry> entries) {
        return new MedicationCatalog(entries);
    }

    public List<CatalogEntry> all() { return entries; }

    public Optional<CatalogEntry> find(String key) {
        if (key == null) return Optional.empty();
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * Entries whose generic or brand name contains every word typed, ignoring case and accents; names
     * that start with what was typed come first, then alphabetical. Blank text gives nothing.
     */
    public List<CatalogEntry> search(String text) {
        String[] words = fold(text).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return List.of();
        List<CatalogEntry> found = new ArrayList<>();
        for (CatalogEntry e : entries) {
            String names = fold(e.generic() + " " + String.join(" ", e.brands()));
            boolean all = true;
            for (String w : words) all &= names.contains(w);
            if (all) found.add(e);
        }
        String first = words[0];
        found.sort(Comparator.comparing((CatalogEntry e) -> !startsWith(e, first))
                .thenComparing(e -> e.generic().toLowerCase(Locale.ROOT)));
        return found;
    }

    private static boolean startsWith(CatalogEntry e, String word) {
        if (fold(e.generic()).startsWith(word)) return true;
        return e.brands().stream().anyMatch(b -> fold(b).startsWith(word));
    }

    /** Lower case without accents or marks ("Xofigo®" and "xofigo" match). */
    static String fold(String s) {
        String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 +-]", "").strip();
    }
}
