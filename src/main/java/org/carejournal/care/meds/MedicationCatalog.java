package org.carejournal.care.meds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The drugs the journal knows (DOMAIN.md's treatment table), searched by generic or brand name as the
 * person types. Loaded from the catalog resource by {@link #load()}.
 */
public final class MedicationCatalog {
    /** The catalog resource; its header explains the format and names the sources. */
    static final String RESOURCE = "/org/carejournal/care/meds/catalog.txt";

    private final List<CatalogEntry> entries;

    private MedicationCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A catalog of the entries given (tests, and the loader). */
    public static MedicationCatalog of(List<CatalogEntry> entries) {
        return new MedicationCatalog(entries);
    }

    /**
     * The catalog shipped with the app. A malformed line throws {@link IllegalStateException} naming the
     * line: better not to start than to offer a wrong schedule.
     */
    public static MedicationCatalog load() {
        try (InputStream in = MedicationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("The medication catalog " + RESOURCE + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(CatalogFile.parse("catalog.txt", reader.lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the medication catalog", e);
        }
    }

    /** Every entry, in catalog order (by family, as in DOMAIN.md's table). */
    public List<CatalogEntry> all() { return entries; }

    public Optional<CatalogEntry> find(String key) {
        if (key == null) return Optional.empty();
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * Entries whose generic or brand name contains every word typed, ignoring case and accents. Best
     * matches come first: a generic name starting with the first word typed, then a brand name starting
     * with it, then a later word of a name starting with it (the "vitamin" of "Calcium + vitamin D"), then
     * the rest; alphabetical within each. Blank text gives nothing.
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
        found.sort(Comparator.comparingInt((CatalogEntry e) -> rank(e, first))
                .thenComparing(e -> e.generic().toLowerCase(Locale.ROOT)));
        return found;
    }

    private static int rank(CatalogEntry e, String word) {
        String generic = fold(e.generic());
        if (generic.startsWith(word)) return 0;
        if (e.brands().stream().anyMatch(b -> fold(b).startsWith(word))) return 1;
        String names = generic + " " + fold(String.join(" ", e.brands()));
        return (" " + names.replace('-', ' ')).contains(" " + word) ? 2 : 3;
    }

    /** Lower case without accents or marks ("Xofigo®" and "xofigo" match). */
    static String fold(String s) {
        String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 +-]", "").strip();
    }
}
