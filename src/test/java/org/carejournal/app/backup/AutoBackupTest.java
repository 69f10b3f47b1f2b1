package org.carejournal.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.carejournal.app.JournalSession;
import org.carejournal.care.backup.BackupRotation;
import org.carejournal.store.JournalVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackupTest {
    @TempDir
    Path dir;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private Stream<String> names() throws Exception {
        return Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void oneBackupADayRotatedToTheNewest7DaysAnd4Weeks() throws Exception {
        Path file = dir.resolve("journal.db");
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve("backups/journal-manual.db"), "kept: not an automatic backup");
        Files.writeString(dir.resolve("backups/other-auto-2020-01-01.db"), "kept: another journal's");
        try (JournalSession s = JournalSession.open(file)) {
            s.people().create("John Smith");
            LocalDate first = LocalDate.of(2025, 1, 29);
            for (LocalDate d = first; !d.isAfter(LocalDate.of(2025, 3, 9)); d = d.plusDays(1)) {
                AutoBackup auto = new AutoBackup(on(d), BackupRotation.STANDARD);
                assertThat(auto.runIfDue(s.database()).written()).contains(dir.resolve("backups/journal-auto-" + d + ".db"));
                assertThat(auto.runIfDue(s.database()).written()).as("once a day").isEmpty();
            }
        }
        assertThat(names()).containsExactly("journal-auto-2025-02-16.db", "journal-auto-2025-02-23.db",
                "journal-auto-2025-03-02.db", "journal-auto-2025-03-03.db", "journal-auto-2025-03-04.db",
                "journal-auto-2025-03-05.db", "journal-auto-2025-03-06.db", "journal-auto-2025-03-07.db",
                "journal-auto-2025-03-08.db", "journal-auto-2025-03-09.db", "journal-manual.db", "other-auto-2020-01-01.db");
        assertThat(JournalVerifier.check(dir.resolve("backups/journal-auto-2025-03-09.db")).ok()).isTrue();
    }
}
