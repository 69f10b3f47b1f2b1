package org.carejournal.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Database work that returns a value; run through {@link Database#inTransaction(SqlWork)} or {@link Database#read(SqlWork)}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
