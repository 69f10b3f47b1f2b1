package org.carejournal.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.carejournal.app.JournalSession;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.store.JournalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Protected backups of an open journal, as the window makes them, and their restore. */
class JournalBackupsTest {
    @TempDir
    Path dir;

    private final JournalBackups backups = new JournalBackups(new BackupCipher(), Clock.systemUTC());

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void encryptedRoundTripAndAWrongPassphraseThatChangesNothing() throws Exception {
        Path file = dir.resolve("journal.db");
        Path backup = dir.resolve("away/journal.cjbackup");
        Files.createDirectories(backup.getParent());
        try (JournalSession s = JournalSession.open(file)) {
            long p = s.people().create("Émile Brontë").id();
            s.labs().add(p, LabResult.of(LabTest.PSA, LocalDate.of(2024, 5, 1), LabValue.exact(0.8)));
            backups.backUp(s.database(), backup, "µ-passphrase ≥ 8".toCharArray());
            s.labs().add(p, LabResult.of(LabTest.PSA, LocalDate.of(2024, 6, 1), LabValue.exact(1.1)));
        }
        assertThat(JournalBackups.isProtected(backup)).isTrue();
        // read byte for byte as Latin-1, so the UTF-8 bytes of the name would show as a substring
        assertThat(Files.readString(backup, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String("Émile".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no plain copy left").containsExactlyInAnyOrder("journal.db", "away");
        }

        String before = sha256(file);
        assertThatThrownBy(() -> backups.restore(backup, file, "µ-passphrase ≥ 9".toCharArray()))
                .isInstanceOf(JournalException.class)
                .hasMessage("The passphrase does not match this backup, or the file is damaged. Your journal was not changed.");
        byte[] cut = Files.readAllBytes(backup);
        Path damaged = Files.write(dir.resolve("away/cut.cjbackup"), java.util.Arrays.copyOf(cut, cut.length - 100));
        assertThatThrownBy(() -> backups.restore(damaged, file, "µ-passphrase ≥ 8".toCharArray()))
                .hasMessageStartingWith("The passphrase does not match this backup, or the file is damaged.");
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();

        backups.restore(backup, file, "µ-passphrase ≥ 8".toCharArray());
        try (JournalSession s = JournalSession.open(file)) {
            assertThat(s.people().all()).extracting(p -> p.name()).containsExactly("Émile Brontë");
            assertThat(s.labs().count(s.people().all().get(0).id())).isEqualTo(1);
        }
        try (Stream<Path> kept = Files.list(dir.resolve("backups"))) {
            assertThat(kept.map(f -> f.getFileName().toString())).singleElement().asString()
                    .matches("journal\\.before-restore-\\d{8}-\\d{6}\\.db");
        }
    }
}
