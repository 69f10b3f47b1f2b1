package org.carejournal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.carejournal.domain.DateRange;

/** Small JDBC helpers shared by the repositories. */
final class Rows {
    private Rows() {}

    static long lastInsertId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The first day of a range as stored text; an open start becomes a value below every ISO date.
     * Bounds are never NULL so a range read stays a plain index range (an {@code ? IS NULL OR}
     * test would make SQLite scan).
     */
    static String fromDay(DateRange range) {
        return range.from() == null ? "0000-00-00" : range.from().toString();
    }

    /** The last day of a range as stored text; an open end becomes a value above every ISO date. */
    static String toDay(DateRange range) {
        return range.to() == null ? "9999-99-99" : range.to().toString();
    }

    /** Whether {@code table} has a row for the person (the table must have a person_id column). */
    static boolean anyFor(Connection c, String table, long personId) throws SQLException {
        try (var s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE person_id = ?)")) {
            s.setLong(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    /** Throws when an UPDATE touched no row (the row was deleted meanwhile); rolls the transaction back. */
    static void expectOne(int changed, String messageWhenMissing) {
        if (changed == 0) throw new JournalException(messageWhenMissing);
    }
}
