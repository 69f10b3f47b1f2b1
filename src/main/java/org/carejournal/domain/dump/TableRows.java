package org.carejournal.domain.dump;

import java.util.List;
import java.util.Objects;

/**
 * Every row of one journal table as plain values: {@code Long}, {@code Double}, {@code String},
 * {@code byte[]} or null, one per column in {@code columns} order.
 */
public record TableRows(String name, List<String> columns, List<List<Object>> rows) {

    public TableRows {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
