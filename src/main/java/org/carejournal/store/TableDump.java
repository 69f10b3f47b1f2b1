package org.carejournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.Progress;
import org.carejournal.domain.dump.DumpRefused;
import org.carejournal.domain.dump.JournalDump;
import org.carejournal.domain.dump.JournalTables;
import org.carejournal.domain.dump.TableRows;

/**
 * Every table of the journal read and written as plain values, for the full export and its import.
 * Generic over {@code sqlite_master}, so a table added by a later migration is exported without
 * touching this class.
 */
public final class TableDump implements JournalTables {
    /** Written by the first migration in every new journal; an import replaces its rows. */
    static final String JOURNAL_INFO = "journal_info";
    private static final int BATCH = 1_000;

    private final Database db;

    public TableDump(Database db) {
        this.db = db;
    }

    @Override
    public int schemaVersion() {
        return db.schemaVersion();
    }

    @Override
    public boolean isEmpty() {
        return db.read(TableDump::empty);
    }

    @Override
    public JournalDump dump(Progress progress) {
        return db.read(c -> {
            int version = Database.intPragma(c, "user_version");
            List<String> names = tableNames(c);
            List<TableRows> tables = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                progress.stopIfCancelled();
                progress.update(i, names.size(), names.get(i));
                tables.add(read(c, names.get(i)));
            }
            progress.update(names.size(), names.size(), "");
            return new JournalDump(version, tables, sequences(c));
        });
    }

    @Override
    public void load(JournalDump dump, Progress progress) {
        db.inTransactionDo(c -> {
            int version = Database.intPragma(c, "user_version");
            if (dump.schemaVersion() > version) {
                throw new DumpRefused("The export was made by a newer Care Journal (schema " + dump.schemaVersion()
                        + "; this app knows up to " + version + "). Update Care Journal, then import it again. "
                        + "Nothing was imported.");
            }
            if (!empty(c)) {
                throw new DumpRefused("This journal already has entries; an export is imported only into a new, "
                        + "empty journal, so nothing is mixed or overwritten. Choose a new journal file. Nothing was imported.");
            }
            Map<String, Set<String>> present = columnsByTable(c);
            for (TableRows t : dump.tables()) checkFits(t, present);
            List<TableRows> ordered = ForeignKeyOrder.sort(c, dump.tables());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + quote(JOURNAL_INFO));
            }
            for (int i = 0; i < ordered.size(); i++) {
                progress.stopIfCancelled();
                progress.update(i, ordered.size(), ordered.get(i).name());
                insert(c, ordered.get(i));
            }
            restoreSequences(c, dump.sequences(), present.keySet());
            refuseBrokenReferences(c);
            progress.update(ordered.size(), ordered.size(), "");
        });
    }

    // ---- reading ------------------------------------------------------------------------------

    static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    private static TableRows read(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) columns.add(meta.getColumnName(i));
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 1; i <= n; i++) row[i - 1] = plain(rs.getObject(i));
                rows.add(java.util.Arrays.asList(row));
            }
            return new TableRows(table, columns, rows);
        }
    }

    /** The driver returns small integers as Integer; one type per kind keeps a round trip exact. */
    private static Object plain(Object value) {
        return value instanceof Integer i ? Long.valueOf(i.longValue()) : value;
    }

    private static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> seq = new LinkedHashMap<>();
        if (!hasSequenceTable(c)) return seq;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
            while (rs.next()) seq.put(rs.getString(1), rs.getLong(2));
        }
        return seq;
    }

    private static boolean empty(Connection c) throws SQLException {
        for (String table : tableNames(c)) {
            if (table.equals(JOURNAL_INFO)) continue;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")")) {
                if (rs.next() && rs.getInt(1) == 1) return false;
            }
        }
        return true;
    }

    // ---- writing ------------------------------------------------------------------------------

    private static Map<String, Set<String>> columnsByTable(Connection c) throws SQLException {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (String table : tableNames(c)) {
            Set<String> names = new LinkedHashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
                while (rs.next()) names.add(rs.getString("name"));
            }
            columns.put(table, names);
        }
        return columns;
    }

    private static void checkFits(TableRows t, Map<String, Set<String>> present) {
        Set<String> columns = present.get(t.name());
        if (columns == null) {
            throw new DumpRefused("The export has a table \"" + t.name() + "\" this journal does not know. "
                    + "It may come from a newer Care Journal: update the app and import again. Nothing was imported.");
        }
        for (String column : t.columns()) {
            if (!columns.contains(column)) {
                throw new DumpRefused("The export's table \"" + t.name() + "\" has a column \"" + column
                        + "\" this journal does not know. Nothing was imported.");
            }
        }
        if (new LinkedHashSet<>(t.columns()).size() != t.columns().size()) {
            throw new DumpRefused("The export's table \"" + t.name() + "\" names a column twice. Nothing was imported.");
        }
    }

    private static void insert(Connection c, TableRows t) throws SQLException {
        if (t.rows().isEmpty() || t.columns().isEmpty()) return;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(t.name())).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(t.columns().get(i)));
            marks.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") VALUES (").append(marks).append(')');
        int rowNumber = 0;
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int pending = 0;
            for (List<Object> row : t.rows()) {
                rowNumber++;
                if (row.size() != t.columns().size()) {
                    throw new DumpRefused("Row " + rowNumber + " of table \"" + t.name() + "\" has " + row.size()
                            + " values for " + t.columns().size() + " columns. Nothing was imported.");
                }
                for (int i = 0; i < row.size(); i++) s.setObject(i + 1, row.get(i));
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) s.executeBatch();
        } catch (SQLException e) {
            throw new DumpRefused("The export's table \"" + t.name() + "\" holds a row this journal cannot keep ("
                    + e.getMessage() + "). The file may be damaged or edited by hand. Nothing was imported.", e);
        }
    }

    private static void restoreSequences(Connection c, Map<String, Long> sequences, Set<String> tables) throws SQLException {
        if (sequences.isEmpty() || !hasSequenceTable(c)) return;
        for (Map.Entry<String, Long> e : sequences.entrySet()) {
            if (!tables.contains(e.getKey())) continue;   // a sequence of a table we do not have is meaningless
            try (PreparedStatement update = c.prepareStatement("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?")) {
                update.setLong(1, e.getValue());
                update.setString(2, e.getKey());
                if (update.executeUpdate() > 0) continue;
            }
            try (PreparedStatement add = c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                add.setString(1, e.getKey());
                add.setLong(2, e.getValue());
                add.executeUpdate();
            }
        }
    }

    private static void refuseBrokenReferences(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new DumpRefused("A row of table \"" + broken.getString(1) + "\" in the export points at a row "
                        + "that is not there. The file may be damaged or edited by hand. Nothing was imported.");
            }
        }
    }

    private static boolean hasSequenceTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")) {
            return rs.next();
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
