package org.carejournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Opens a journal or backup file for review: read-only and, when no write-ahead log lies beside it,
 * "immutable", so SQLite neither writes the file nor creates -wal and -shm files next to it. Nothing is
 * migrated and no pragma that writes is run; a file that would need either is refused with a plain message.
 */
public final class ReadOnlyJournal {
    /** Shown for a journal of an older schema: updating it is a write, which review never does. */
    public static final String OLDER = "This journal was made by an older version; open it normally once to update it.";
    /** Shown for an encrypted backup, which SQLite cannot read until it is decrypted into a journal. */
    public static final String ENCRYPTED = "This is an encrypted backup: it cannot be opened for review directly. "
            + "Restore it (Journal menu) or open an unencrypted backup instead.";
    /**
     * The first bytes of an encrypted backup (care.backup.BackupCipher's MAGIC). Repeated here because the
     * store may not depend on the care layer; BackupCipher's tests pin the format.
     */
    private static final byte[] BACKUP_MAGIC = "CJBACKUP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ReadOnlyJournal() {
    }

    /**
     * Opens {@code file} for reading only. The returned database refuses every write (SQLite answers
     * "read-only"), so a slip in a screen cannot change the file either.
     *
     * @throws JournalException with a message for the person when the file is missing, is not a journal,
     *                          is an encrypted backup, or is of an older schema
     * @throws JournalTooNewException when a newer app made it
     */
    public static Database open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new JournalException(Files.isDirectory(path) ? path + " is a folder, not a Care Journal file."
                    : "There is no file " + path + ".");
        }
        byte[] header = header(path);
        if (startsWith(header, BACKUP_MAGIC)) throw new JournalException(ENCRYPTED);
        if (!Arrays.equals(header, SQLITE_HEADER)) throw notAJournal(path, null);
        Connection connection;
        try {
            connection = JournalVerifier.openReadOnly(path);
        } catch (SQLException e) {
            throw new JournalException("The journal " + path + " could not be opened: " + e.getMessage(), e);
        }
        try {
            check(path, connection);
            // Belt and braces: query_only belongs to this connection and is not stored in the file.
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = ON");
            }
            return Database.over(path, connection);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof RuntimeException r) throw r;
            throw notAJournal(path, (SQLException) e);
        }
    }

    private static void check(Path path, Connection c) throws SQLException {
        int applicationId = Database.intPragma(c, "application_id");
        int version = Database.intPragma(c, "user_version");
        if (applicationId != Database.APPLICATION_ID || version == 0) throw notAJournal(path, null);
        int latest = Migrations.standard().latest();
        if (version > latest) throw new JournalTooNewException(version, latest);
        if (version < latest) throw new JournalException(OLDER);
    }

    private static byte[] header(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new JournalException("The file " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static JournalException notAJournal(Path path, SQLException cause) {
        return new JournalException(path + " is not a Care Journal file. The file was not changed.", cause);
    }
}
