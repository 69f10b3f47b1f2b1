package org.carejournal.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.carejournal.app.DbOption;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.store.JournalBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code care-journal restore}: replaces the journal by a backup, after checking the backup; the journal as it
 * was is kept in the backups folder beside it first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the journal by a backup. The backup is checked first (integrity, schema version); "
                + "a damaged or foreign file is refused and nothing changes.",
                "The journal as it was is kept in the 'backups' folder beside it. Close Care Journal first."})
public final class RestoreCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file to restore.")
    Path from;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "A file holding the passphrase of a protected backup.")
    Path passphraseFile;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        Path journal = journalFile(db);
        char[] passphrase = PassphraseFile.read(passphraseFile);
        JournalBackup.Restored restored = new JournalBackups(new BackupCipher(), clock).restore(from, journal, passphrase);
        out.println("Restored " + journal.toAbsolutePath() + " from " + from + " (integrity " + restored.check().integrity()
                + ", schema " + restored.check().schemaVersion() + ").");
        if (restored.keptJournal() != null) out.println("The journal as it was is kept at " + restored.keptJournal() + ".");
        return 0;
    }
}
