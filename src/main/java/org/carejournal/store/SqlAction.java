package org.carejournal.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Database work with no result; run through {@link Database#inTransactionDo(SqlAction)}. */
@FunctionalInterface
public interface SqlAction {
    void run(Connection connection) throws SQLException;
}
