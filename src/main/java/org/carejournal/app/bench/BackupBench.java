package org.carejournal.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.carejournal.app.JournalSession;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.store.JournalBackup;

/**
 * The backup figures of the benchmark, on the heavy journal: an online backup of the open journal (as
 * "Back up now" and the daily backup make it), and a restore with its checks (integrity, schema, tables),
 * keeping the journal it replaces, as "Restore from a backup" does. Plain backups: the passphrase's key
 * derivation is slow on purpose and would only measure PBKDF2.
 */
final class BackupBench {
    private final Bench.Options options;
    private final Consumer<String> progress;
    private final Consumer<Figure> report;

    BackupBench(Bench.Options options, Consumer<String> progress, Consumer<Figure> report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    void run(Path journal, Path dir) {
        Path backup = dir.resolve("bench-backup.db");
        progress.accept("timing " + Bench.BACKUP);
        try (JournalSession s = JournalSession.open(journal)) {
            report.accept(new Figure(Bench.BACKUP, Timing.median(options.warmups(), options.runs(), () -> {
                long start = System.nanoTime();
                JournalBackup.backUp(s.database(), backup);
                return Timing.msSince(start);
            }), "ms"));
        }

        progress.accept("timing " + Bench.RESTORE);
        Path target = dir.resolve("restore-target.db");
        JournalBackups backups = new JournalBackups(new BackupCipher(), Clock.systemDefaultZone());
        report.accept(new Figure(Bench.RESTORE, Timing.median(options.warmups(), options.runs(), () -> {
            Files.copy(journal, target, StandardCopyOption.REPLACE_EXISTING);
            long start = System.nanoTime();
            JournalBackup.Restored r = backups.restore(backup, target, null);
            double ms = Timing.msSince(start);
            if (!r.check().ok() || r.keptJournal() == null) throw new IllegalStateException("the benchmark restore was refused");
            return ms;
        }), "ms"));
        deleteKept(JournalBackups.folderOf(target));
    }

    private static void deleteKept(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
