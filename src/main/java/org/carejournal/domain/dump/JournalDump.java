package org.carejournal.domain.dump;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole journal as plain values, for the full export and its import.
 *
 * @param schemaVersion the journal's schema version ({@code PRAGMA user_version}) when it was read
 * @param tables        every table, in the order the journal lists them
 * @param sequences     the highest id each AUTOINCREMENT table has ever given, so ids of deleted rows
 *                      are not given again after an import either
 */
public record JournalDump(int schemaVersion, List<TableRows> tables, Map<String, Long> sequences) {

    public JournalDump {
        tables = List.copyOf(tables);
        sequences = Map.copyOf(sequences);
    }

    /** The table called {@code name}, if the dump has it. */
    public Optional<TableRows> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The number of rows in all tables together. */
    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
