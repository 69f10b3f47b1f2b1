package org.carejournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.carejournal.domain.PrivateFiles;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Backups and restores of journal files. A backup is made with SQLite's online backup API, so it is a
 * consistent copy even while the app writes; it is written beside its final name and moved there when
 * whole, owner-only. A restore checks the backup first, keeps the current journal as a backup, and only
 * then puts the backup in its place, in one move.
 */
public final class JournalBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int SQLITE_OK = 0;
    private static final int BUSY_SLEEP_MS = 100;
    private static final int BUSY_TRIES = 50;
    /**
     * Copy every page in one step. The backup API restarts a copy made in several steps whenever another
     * connection writes in between, which can go on for as long as someone writes; in one step it reads a
     * single snapshot, and in WAL mode writers are not held up meanwhile.
     */
    private static final int ALL_PAGES = -1;

    private JournalBackup() {}

    /** What a restore did. */
    public record Restored(JournalCheck check, Path keptJournal) {}

    /** Backs up the open journal {@code db} to {@code target}, replacing a file already there. */
    public static void backUp(Database db, Path target) {
        writeBackup(target, temp -> db.read(c -> {
            copyInto(c, temp);
            return null;
        }));
    }

    /** Backs up the journal file {@code journal}, not open in this program, to {@code target}. */
    public static void backUp(Path journal, Path target) {
        if (!Files.isRegularFile(journal)) throw new JournalException("There is no journal at " + journal + ".");
        writeBackup(target, temp -> {
            try (Connection c = connect(journal)) {
                copyInto(c, temp);
            } catch (SQLException e) {
                throw new JournalException("The journal " + journal + " could not be backed up: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Replaces {@code journal} by the backup {@code source}, which must be a sound journal this app reads.
     * The current journal is first kept in {@code keepFolder}. Nothing changes when the backup is refused.
     */
    public static Restored restore(Path source, Path journal, Path keepFolder, Clock clock) {
        JournalCheck check = JournalVerifier.check(source);
        if (!check.ok()) throw refused(source, check);
        if (hasLog(source)) {
            throw new JournalException(source.getFileName() + " is open in another program or was not closed cleanly. "
                    + "Close it (or open it once in Care Journal and close it again), then restore. Your journal was not changed.");
        }
        Path temp = tempBeside(journal);
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        } catch (IOException e) {
            PrivateFiles.deleteQuietly(temp, e);
            throw new JournalException("The backup could not be copied (" + e.getMessage() + "). Your journal was not changed.", e);
        }
        return install(temp, source, journal, keepFolder, clock);
    }

    /**
     * Puts {@code prepared}, a journal file made beside {@code journal} (e.g. a decrypted backup), in
     * place of {@code journal} after checking it and keeping the current journal. {@code prepared} is
     * moved or, when refused, deleted.
     *
     * @param source the backup it came from, named in messages
     */
    public static Restored install(Path prepared, Path source, Path journal, Path keepFolder, Clock clock) {
        try {
            JournalCheck check = JournalVerifier.check(prepared);
            if (!check.ok()) throw refused(source, check);
            Path kept = keepCurrent(journal, keepFolder, clock);
            if (hasLog(journal) || Files.exists(sibling(journal, "-shm"))) {
                throw new JournalException("The journal " + journal + " is open in another program (perhaps Care Journal). "
                        + "Close it and try again. Your journal was not changed.");
            }
            PrivateFiles.moveIntoPlace(prepared, journal);
            return new Restored(check, kept);
        } catch (IOException e) {
            PrivateFiles.deleteQuietly(prepared, e);
            throw new JournalException("The journal could not be replaced (" + e.getMessage() + "). Your journal was not changed.", e);
        } catch (RuntimeException e) {
            PrivateFiles.deleteQuietly(prepared, e);
            throw e;
        }
    }

    /** A new owner-only temp file beside {@code journal}, for a restore to prepare the new journal in. */
    public static Path tempBeside(Path journal) {
        Path folder = journal.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            return PrivateFiles.tempSibling(journal.toAbsolutePath());
        } catch (IOException e) {
            throw new JournalException("No room was found beside " + journal + " to prepare the restore (" + e.getMessage()
                    + "). Your journal was not changed.", e);
        }
    }

    /** The current journal, backed up as {@code <name>.before-restore-<time>.db} in {@code folder}; null when there is none. */
    private static Path keepCurrent(Path journal, Path folder, Clock clock) throws IOException {
        if (!Files.exists(journal)) return null;
        PrivateFiles.createFolder(folder);
        String base = stem(journal) + ".before-restore-" + LocalDateTime.now(clock).format(STAMP);
        Path kept = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(kept); n++) kept = folder.resolve(base + "-" + n + ".db");
        try {
            backUp(journal, kept);
        } catch (JournalException e) {
            // A journal SQLite cannot read is still what the person had: keep its bytes as they are.
            PrivateFiles.writeAtomically(kept, out -> Files.copy(journal, out));
        }
        return kept;
    }

    /** Writes a backup beside {@code target} with {@code copy}, makes it a single self-contained file, moves it in place. */
    private static void writeBackup(Path target, TempWork copy) {
        Path temp;
        try {
            temp = PrivateFiles.tempSibling(target.toAbsolutePath());
        } catch (IOException e) {
            throw new JournalException("The backup " + target + " could not be started (" + e.getMessage() + ").", e);
        }
        try {
            copy.run(temp);
            // The copy inherits WAL mode; a backup is one file to carry around, so it goes back to a rollback journal.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            }
            PrivateFiles.moveIntoPlace(temp, target);
        } catch (SQLException | IOException e) {
            PrivateFiles.deleteQuietly(temp, e);
            throw new JournalException("The backup " + target + " could not be written (" + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            PrivateFiles.deleteQuietly(temp, e);
            throw e;
        }
    }

    @FunctionalInterface
    private interface TempWork {
        void run(Path temp) throws SQLException, IOException;
    }

    private static void copyInto(Connection source, Path temp) throws SQLException {
        int rc = source.unwrap(SQLiteConnection.class).getDatabase()
                .backup("main", temp.toString(), null, BUSY_SLEEP_MS, BUSY_TRIES, ALL_PAGES);
        if (rc != SQLITE_OK) throw new SQLException("SQLite's backup stopped with code " + rc);
    }

    private static Connection connect(Path journal) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        return DriverManager.getConnection("jdbc:sqlite:" + journal.toAbsolutePath(), config.toProperties());
    }

    private static JournalException refused(Path source, JournalCheck check) {
        return new JournalException("The backup " + source.getFileName() + " cannot be restored. " + check.problemText()
                + " Your journal was not changed.");
    }

    private static boolean hasLog(Path file) {
        Path wal = sibling(file, "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** The file name without its last extension: "journal" for journal.db. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
