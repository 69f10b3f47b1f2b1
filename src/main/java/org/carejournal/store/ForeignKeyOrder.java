package org.carejournal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.dump.TableRows;

/** Puts tables in an order where every table comes after the tables its rows point at. */
final class ForeignKeyOrder {
    private ForeignKeyOrder() {}

    /** {@code tables} sorted so parents come first; ties keep their given order. */
    static List<TableRows> sort(Connection c, List<TableRows> tables) throws SQLException {
        Map<String, TableRows> byName = new LinkedHashMap<>();
        for (TableRows t : tables) byName.put(t.name(), t);
        Map<String, Set<String>> parents = new HashMap<>();
        for (String name : byName.keySet()) parents.put(name, parentsOf(c, name));
        List<TableRows> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String name : byName.keySet()) visit(name, byName, parents, placed, new LinkedHashSet<>(), ordered);
        return ordered;
    }

    private static void visit(String name, Map<String, TableRows> byName, Map<String, Set<String>> parents,
                              Set<String> placed, Set<String> visiting, List<TableRows> ordered) {
        if (placed.contains(name) || !byName.containsKey(name)) return;
        if (!visiting.add(name)) return;   // a cycle (none in the schema today): its rows are checked at the end
        for (String parent : parents.getOrDefault(name, Set.of())) {
            if (!parent.equals(name)) visit(parent, byName, parents, placed, visiting, ordered);
        }
        placed.add(name);
        ordered.add(byName.get(name));
    }

    private static Set<String> parentsOf(Connection c, String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + TableDump.quote(table) + ")")) {
            while (rs.next()) parents.add(rs.getString("table"));
        }
        return parents;
    }
}
