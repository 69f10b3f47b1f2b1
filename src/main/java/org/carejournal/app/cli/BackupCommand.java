package org.carejournal.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.carejournal.app.DbOption;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.store.JournalCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code care-journal backup}: a consistent copy of the journal, safe while the app is writing to it, readable
 * by its owner only; protected by a passphrase when one is given.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Backs up the journal to a file, safely even while Care Journal is open.",
                "With --passphrase-file the backup is encrypted (AES-256-GCM); without the passphrase it cannot be restored."})
public final class BackupCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The backup file to write. A file already there is replaced once the new one is complete.")
    Path target;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "A file holding the passphrase that protects the backup (its first line break is not part of it).")
    Path passphraseFile;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        Path journal = journalFile(db);
        if (!Files.isRegularFile(journal)) {
            throw new CliFailure("There is no journal at " + journal + ". Nothing was backed up.");
        }
        checkTarget(journal);
        char[] passphrase = PassphraseFile.read(passphraseFile);
        JournalBackups backups = new JournalBackups(new BackupCipher(), clock);
        JournalCheck check = backups.check(journal);
        if (!check.ok()) {
            throw new CliFailure("The journal " + journal + " cannot be backed up: " + check.problemText()
                    + " Copy the file as it is to keep it. Nothing was written.");
        }
        backups.backUp(journal, target, passphrase);
        out.println("Backed up " + journal + " (schema " + check.schemaVersion() + ") to " + target.toAbsolutePath()
                + (passphrase != null ? ", protected by the passphrase." : "."));
        return 0;
    }

    private void checkTarget(Path journal) {
        if (Files.isDirectory(target)) {
            throw new CliFailure(target + " is a folder: give a file name, e.g. " + target.resolve("journal-backup.db") + ".");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("There is no folder " + folder + " to write " + target.getFileName() + " in.");
        }
        if (target.toAbsolutePath().normalize().equals(journal.toAbsolutePath().normalize())) {
            throw new CliFailure("--out names the journal itself; give another file. Nothing was written.", CliFailure.USAGE);
        }
    }
}
