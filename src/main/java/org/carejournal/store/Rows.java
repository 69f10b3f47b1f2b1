package org.carejournal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers shared by the repositories. */
final class Rows {
    private Rows() {}

    static long lastInsertId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Throws when an UPDATE touched no row (the row was deleted meanwhile); rolls the transaction back. */
    static void expectOne(int changed, String messageWhenMissing) {
        if (changed == 0) throw new JournalException(messageWhenMissing);
    }
}
