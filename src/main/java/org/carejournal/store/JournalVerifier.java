package org.carejournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Checks that a file is a sound Care Journal (SQLite's integrity check, the journal's application id,
 * a schema version this app reads, the tables that version has) without writing to it or beside it.
 */
public final class JournalVerifier {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CREATE_TABLE = Pattern.compile("(?im)^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    /** Enough of SQLite's integrity report to say what is wrong, without a page of it. */
    private static final int INTEGRITY_LINES = 3;

    private final Migrations migrations;

    private JournalVerifier(Migrations migrations) {
        this.migrations = migrations;
    }

    /** Checks {@code file} against the schema this build of the app knows. */
    public static JournalCheck check(Path file) {
        return new JournalVerifier(Migrations.standard()).verify(file.toAbsolutePath().normalize());
    }

    private JournalCheck verify(Path file) {
        int latest = migrations.latest();
        if (!Files.isRegularFile(file)) {
            return failed(file, "not read", 0, (Files.isDirectory(file) ? file + " is a folder, not a file." : "There is no file " + file + "."));
        }
        String notSqlite = file.getFileName() + " is not a Care Journal file (it is not an SQLite database).";
        try {
            if (!Arrays.equals(header(file), SQLITE_HEADER)) return failed(file, "not read", 0, notSqlite);
        } catch (IOException e) {
            return failed(file, "not read", 0, "The file " + file + " could not be read: " + e.getMessage());
        }
        try (Connection c = openReadOnly(file); Statement s = c.createStatement()) {
            int applicationId = Database.intPragma(c, "application_id");
            int version = Database.intPragma(c, "user_version");
            String integrity = integrity(s);
            List<String> problems = new ArrayList<>();
            if (!"ok".equals(integrity)) {
                problems.add("The file is damaged (SQLite's integrity check says: " + integrity + ").");
            }
            if (applicationId != Database.APPLICATION_ID || version == 0) {
                problems.add(file.getFileName() + " is an SQLite database but not a Care Journal.");
            } else if (version > latest) {
                problems.add("It was saved by a newer version of Care Journal (schema " + version + "); this version reads up to "
                        + latest + ". Update the app first.");
            } else {
                Set<String> missing = expectedTables(version);
                missing.removeAll(tables(s));
                if (!missing.isEmpty()) {
                    problems.add("It lacks part of a journal (" + String.join(", ", missing) + "): it is damaged or not a Care Journal.");
                }
            }
            return new JournalCheck(file, integrity, version, latest, problems);
        } catch (SQLException e) {
            return failed(file, String.valueOf(e.getMessage()), 0, "The file is damaged or not a Care Journal (" + e.getMessage() + ").");
        }
    }

    private JournalCheck failed(Path file, String integrity, int version, String problem) {
        return new JournalCheck(file, integrity, version, migrations.latest(), List.of(problem));
    }

    private static byte[] header(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SQLITE_HEADER.length);
        }
    }

    /**
     * Read-only, and "immutable" when no write-ahead log lies beside the file: a read-only connection to a
     * WAL-mode file would otherwise create -wal and -shm files next to it and leave them there. A file with a
     * log (in use, or not closed cleanly) is read with its log, which SQLite needs to see its latest state.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        boolean hasLog;
        try {
            hasLog = Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            hasLog = true;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        // toUri() escapes spaces, '?' and '#', which SQLite's URI form would otherwise read as syntax.
        String uri = file.toUri() + (hasLog ? "?mode=ro" : "?immutable=1");
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }

    private static String integrity(Statement s) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(" + INTEGRITY_LINES + ")")) {
            while (rs.next()) lines.add(rs.getString(1));
        }
        return lines.isEmpty() ? "no answer" : String.join("; ", lines);
    }

    private static Set<String> tables(Statement s) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    /** The tables the migrations up to {@code version} create: the migration scripts are the one list of them. */
    private Set<String> expectedTables(int version) {
        Set<String> names = new LinkedHashSet<>();
        for (int v = 1; v <= version; v++) {
            Matcher m = CREATE_TABLE.matcher(migrations.script(v));
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }
}
