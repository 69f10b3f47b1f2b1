package org.carejournal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Helpers for tests that look at journal files from outside the app. */
final class TestFiles {
    private TestFiles() {}

    static final String V2_FOR_TESTS = "/org/carejournal/store/testdb/V2__lab_flag.sql";
    static final String V2_BROKEN = "/org/carejournal/store/testdb/broken/V2__broken.sql";

    /** The real V1 followed by a test-only V2: an app one schema version ahead. */
    static Migrations withTestV2(String v2) {
        return Migrations.of(List.of(Migrations.STANDARD_PREFIX + "V1__journal.sql", v2));
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A plain JDBC connection, bypassing Database (no pragmas, no migrations). */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static void exec(Path file, String... sql) throws SQLException {
        try (Connection c = raw(file); Statement s = c.createStatement()) {
            for (String each : sql) s.execute(each);
        }
    }

    /** The first column of the first row, read through an open journal (null when there is no row). */
    static String queryString(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    static String queryString(Path file, String sql) throws SQLException {
        try (Connection c = raw(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
