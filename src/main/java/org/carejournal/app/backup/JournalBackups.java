package org.carejournal.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.function.Consumer;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.care.backup.WrongPassphraseException;
import org.carejournal.domain.PrivateFiles;
import org.carejournal.store.Database;
import org.carejournal.store.JournalBackup;
import org.carejournal.store.JournalCheck;
import org.carejournal.store.JournalException;
import org.carejournal.store.JournalVerifier;

/**
 * Backup, restore and check of journals, for the window and the command line alike: the store's online
 * backup and checked restore, with the optional passphrase protection of {@link BackupCipher} around them.
 * Failures are {@link JournalException}s whose message says what happened and that nothing changed.
 */
public final class JournalBackups {

    /** The folder beside a journal that holds its automatic backups and the journals kept by restores. */
    public static final String FOLDER = "backups";

    private final BackupCipher cipher;
    private final Clock clock;

    public JournalBackups(BackupCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The backups folder of {@code journal}. */
    public static Path folderOf(Path journal) {
        return journal.toAbsolutePath().resolveSibling(FOLDER);
    }

    /** Backs up the open journal; protected when {@code passphrase} is neither null nor empty. */
    public void backUp(Database db, Path target, char[] passphrase) {
        backUp(db.file(), target, passphrase, plain -> JournalBackup.backUp(db, plain));
    }

    /** Backs up a journal file not open in this program (the command line). */
    public void backUp(Path journal, Path target, char[] passphrase) {
        backUp(journal, target, passphrase, plain -> JournalBackup.backUp(journal, plain));
    }

    private void backUp(Path journal, Path target, char[] passphrase, Consumer<Path> plainBackup) {
        if (!isSet(passphrase)) {
            plainBackup.accept(target);
            return;
        }
        // The plain copy is made beside the journal, which is plain already, not beside the target (a USB stick, a
        // cloud folder), and deleted once encrypted.
        Path plain = JournalBackup.tempBeside(journal);
        try {
            plainBackup.accept(plain);
            PrivateFiles.writeAtomically(target, out -> {
                try (InputStream in = Files.newInputStream(plain)) {
                    cipher.encrypt(in, out, passphrase);
                }
            });
        } catch (IOException e) {
            throw new JournalException("The backup " + target + " could not be written (" + e.getMessage() + ").", e);
        } finally {
            try {
                Files.deleteIfExists(plain);
            } catch (IOException e) {
                // Owner-only and named after the journal; the next start cannot tell it from a crash's leftover either.
            }
        }
    }

    /** True when {@code file} is a passphrase-protected backup. */
    public static boolean isProtected(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return BackupCipher.isProtected(in.readNBytes(BackupCipher.magicLength()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Replaces {@code journal} (which must not be open) by the backup {@code from}, after checking it; the
     * current journal is kept in the backups folder first. {@code passphrase} is needed for a protected backup.
     */
    public JournalBackup.Restored restore(Path from, Path journal, char[] passphrase) {
        if (!Files.isRegularFile(from)) {
            throw new JournalException("There is no backup file " + from + ". Your journal was not changed.");
        }
        Path keep = folderOf(journal);
        if (!isProtected(from)) return JournalBackup.restore(from, journal, keep, clock);
        if (!isSet(passphrase)) {
            throw new JournalException(from.getFileName() + " is protected by a passphrase; give the passphrase to restore it. "
                    + "Your journal was not changed.");
        }
        Path plain = JournalBackup.tempBeside(journal);
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = Files.newOutputStream(plain, StandardOpenOption.TRUNCATE_EXISTING)) {
            cipher.decrypt(in, out, passphrase);
        } catch (WrongPassphraseException e) {
            PrivateFiles.deleteQuietly(plain, e);
            throw new JournalException(e.getMessage() + " Your journal was not changed.", e);
        } catch (IOException e) {
            PrivateFiles.deleteQuietly(plain, e);
            throw new JournalException("The backup " + from.getFileName() + " could not be read (" + e.getMessage()
                    + "). Your journal was not changed.", e);
        }
        return JournalBackup.install(plain, from, journal, keep, clock);
    }

    /** Checks {@code file} as a journal, read-only. */
    public JournalCheck check(Path file) {
        return JournalVerifier.check(file);
    }

    private static boolean isSet(char[] passphrase) {
        return passphrase != null && passphrase.length > 0;
    }
}
