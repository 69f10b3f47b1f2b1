package org.carejournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Supplier;
import org.carejournal.domain.PrivateFiles;
import org.carejournal.domain.Transactions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One open journal file. A single-user desktop app needs one connection; every method is
 * synchronized so work from a background thread and from the UI never interleaves on it.
 *
 * <p>Opening checks the file is a Care Journal, refuses one written by a newer app (untouched),
 * turns on WAL and foreign keys, saves a copy beside the file and then applies any missing
 * migrations, each in its own transaction.
 */
public final class Database implements AutoCloseable, Transactions {

    /** {@code PRAGMA application_id} of every journal, "CJRN"; set by V1__journal.sql. */
    static final int APPLICATION_ID = 0x434A524E;
    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private int transactionDepth;
    private boolean closed;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating it and its folders when missing) and migrates the journal at {@code file}. */
    public static Database open(Path file) {
        return open(file, Migrations.standard());
    }

    /** As {@link #open(Path)} with another set of migrations: tests simulate older and newer app versions. */
    static Database open(Path file, Migrations migrations) {
        Path path = file.toAbsolutePath().normalize();
        refuseIfNotSqlite(path);
        createFolder(path.getParent());
        createOwnerOnly(path);
        Database db = new Database(path, connect(path));
        try {
            db.prepare(migrations);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A journal already opened on {@code connection}, as {@link ReadOnlyJournal} opens one: nothing is checked or changed here. */
    static Database over(Path file, Connection connection) {
        return new Database(file, connection);
    }

    /** The journal file, as an absolute path. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(c -> intPragma(c, "user_version"));
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Called inside another transaction, it joins that one (the outer call commits or rolls back).
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        ensureOpen();
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure("The journal could not be changed", e);
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("The journal could not be changed", e);
        }
        transactionDepth = 1;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw failure("The journal could not be changed; nothing was saved", e);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            transactionDepth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The transaction already ended above; nothing more can be done here.
            }
        }
    }

    /** Work through the repositories (which join this transaction) saved all together or not at all. */
    @Override
    public <T> T allOrNothing(Supplier<T> work) {
        return inTransaction(c -> work.get());
    }

    /** {@link #inTransaction(SqlWork)} for work with no result. */
    public void inTransactionDo(SqlAction work) {
        inTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    /** Runs read-only {@code work} on the connection, outside any explicit transaction. */
    public synchronized <T> T read(SqlWork<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure("The journal could not be read", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("The journal could not be closed cleanly", e);
        }
    }

    // ---- opening ----------------------------------------------------------------------------

    private void prepare(Migrations migrations) {
        int applicationId;
        int version;
        int objects;
        try {
            applicationId = intPragma(connection, "application_id");
            version = intPragma(connection, "user_version");
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                objects = rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw notAJournal(file, e);
        }
        boolean foreign = applicationId != 0 && applicationId != APPLICATION_ID
                || version > 0 && applicationId != APPLICATION_ID
                || version == 0 && objects > 0;
        if (foreign) throw notAJournal(file, null);
        int latest = migrations.latest();
        if (version > latest) throw new JournalTooNewException(version, latest);
        try {
            execute("PRAGMA journal_mode = WAL");
            execute("PRAGMA synchronous = NORMAL");
            if (version > 0 && version < latest) backUpBeforeMigrating(latest);
            migrate(version, migrations);
            execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            throw failure("The journal " + file + " could not be opened", e);
        }
    }

    private void backUpBeforeMigrating(int targetVersion) throws SQLException {
        String base = file.getFileName() + ".before-v" + targetVersion;
        Path copy = file.resolveSibling(base + ".bak");
        for (int n = 2; Files.exists(copy); n++) copy = file.resolveSibling(base + "-" + n + ".bak");
        // VACUUM INTO writes a complete, consistent database, WAL content included.
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, copy.toString());
            s.execute();
        }
        try {
            PrivateFiles.restrict(copy);
        } catch (IOException e) {
            throw new SQLException("the copy " + copy + " could not be made private: " + e.getMessage(), e);
        }
    }

    private void migrate(int from, Migrations migrations) throws SQLException {
        if (from >= migrations.latest()) return;
        // A migration may rebuild a table; SQLite ignores this pragma inside a transaction, so it
        // is switched off around the migrations and references are checked before each commit.
        execute("PRAGMA foreign_keys = OFF");
        for (int v = from + 1; v <= migrations.latest(); v++) {
            String sql = migrations.script(v);
            int version = v;
            try {
                inTransactionDo(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(sql);
                        try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
                            if (broken.next()) {
                                throw new SQLException("a row in " + broken.getString(1) + " points at a missing row");
                            }
                        }
                        s.executeUpdate("PRAGMA user_version = " + version);
                    }
                });
            } catch (JournalException e) {
                throw new JournalException("The journal could not be updated to schema " + version
                        + " and was left at schema " + (version - 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private static void refuseIfNotSqlite(Path path) {
        if (Files.isDirectory(path)) {
            throw new JournalException(path + " is a folder, not a Care Journal file.");
        }
        if (!Files.exists(path)) return;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            // An empty file is a new database to SQLite: a journal may be started in it.
            if (header.length == 0) return;
            if (!Arrays.equals(header, SQLITE_HEADER)) throw notAJournal(path, null);
        } catch (IOException e) {
            throw new JournalException("The file " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path folder) {
        if (folder == null) return;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new JournalException("The folder " + folder + " could not be created: " + e.getMessage(), e);
        }
    }

    /**
     * A new journal is created empty and owner-only before SQLite opens it: SQLite keeps the mode of an
     * existing file and gives its -wal and -shm files the same one, so none of them is ever readable by others.
     */
    private static void createOwnerOnly(Path path) {
        if (Files.exists(path)) return;
        try {
            PrivateFiles.createEmpty(path);
        } catch (FileAlreadyExistsException e) {
            // Another program created it in between; SQLite opens what is there.
        } catch (IOException e) {
            throw new JournalException("The journal " + path + " could not be created: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Take the write lock when a transaction starts, so two writers wait instead of deadlocking.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Properties properties = config.toProperties();
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + path, properties);
        } catch (SQLException e) {
            throw new JournalException("The journal " + path + " could not be opened: " + e.getMessage(), e);
        }
    }

    private static JournalException notAJournal(Path path, SQLException cause) {
        return new JournalException(path + " is not a Care Journal file. The file was not changed.", cause);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static JournalException failure(String what, SQLException e) {
        if (e instanceof SQLiteException se
                && (se.getResultCode() == SQLiteErrorCode.SQLITE_BUSY || se.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new JournalException(what + ": another program is using the journal. Close it and try again.", e);
        }
        return new JournalException(what + ": " + e.getMessage(), e);
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("The journal " + file + " is closed");
    }
}
