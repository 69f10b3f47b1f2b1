package org.carejournal.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carejournal.care.backup.BackupRotation;
import org.carejournal.domain.PrivateFiles;
import org.carejournal.store.Database;
import org.carejournal.store.JournalBackup;

/**
 * The daily automatic backup: the first time a journal is opened on a day, it is backed up to
 * {@code backups/<name>-auto-<date>.db} beside it, and that journal's older automatic backups are thinned
 * out by {@link BackupRotation}. Other files in the folder (manual backups, journals kept by a restore,
 * other journals' backups) are never touched.
 */
public final class AutoBackup {

    private static final String MARK = "-auto-";

    private final Clock clock;
    private final BackupRotation rotation;

    public AutoBackup(Clock clock, BackupRotation rotation) {
        this.clock = clock;
        this.rotation = rotation;
    }

    /** What a run did: the backup it wrote (empty when today's was there already) and the old ones it removed. */
    public record Outcome(Optional<Path> written, List<Path> removed) {}

    /** Backs up {@code db} unless it was backed up today, then rotates; call it on the journal thread. */
    public Outcome runIfDue(Database db) {
        Path journal = db.file();
        Path folder = JournalBackups.folderOf(journal);
        LocalDate today = LocalDate.now(clock);
        Path todays = folder.resolve(name(journal, today));
        Optional<Path> written = Optional.empty();
        try {
            if (!Files.exists(todays)) {
                PrivateFiles.createFolder(folder);
                JournalBackup.backUp(db, todays);
                written = Optional.of(todays);
            }
            return new Outcome(written, rotate(journal, folder));
        } catch (IOException e) {
            throw new UncheckedIOException("The daily backup in " + folder + " could not be made: " + e.getMessage(), e);
        }
    }

    /** The automatic backup's file name for {@code journal} on {@code day}. */
    static String name(Path journal, LocalDate day) {
        return JournalBackup.stem(journal) + MARK + day + ".db";
    }

    private List<Path> rotate(Path journal, Path folder) throws IOException {
        Pattern own = Pattern.compile(Pattern.quote(JournalBackup.stem(journal) + MARK) + "(\\d{4}-\\d{2}-\\d{2})\\.db");
        Map<LocalDate, Path> byDate = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = own.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                try {
                    byDate.put(LocalDate.parse(m.group(1)), f);
                } catch (DateTimeParseException e) {
                    // Not a date after all (2024-13-40): not one of ours, leave it.
                }
            }
        }
        List<Path> removed = new ArrayList<>();
        for (LocalDate d : rotation.remove(byDate.keySet())) {
            Files.deleteIfExists(byDate.get(d));
            removed.add(byDate.get(d));
        }
        return removed;
    }
}
