package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.carejournal.store.TestFiles.namesIn;
import static org.carejournal.store.TestFiles.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.PrivateFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T10:15:30Z"), ZoneOffset.UTC);

    @TempDir Path dir;

    /** A journal with one person and {@code results} PSA results. */
    private Path journal(String name, int results) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            long person = new PersonRepository(db).create("Walter").id();
            LabResultRepository labs = new LabResultRepository(db);
            for (int i = 0; i < results; i++) {
                labs.add(person, LabResult.of(LabTest.PSA, LocalDate.of(2020, 1, 1).plusDays(i), LabValue.exact(1 + i / 10.0)));
            }
        }
        return file;
    }

    private static int labCount(Path file) throws Exception {
        return Integer.parseInt(TestFiles.queryString(file, "SELECT count(*) FROM lab_result"));
    }

    @Test
    void aBackupMadeWhileAnotherConnectionWritesIsSoundAndOpensAsAJournal() throws Exception {
        Path file = journal("journal.db", 3000);
        Path backup = dir.resolve("copy.db");
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        CountDownLatch writing = new CountDownLatch(1);
        try (Database db = Database.open(file)) {
            Thread writer = new Thread(() -> {
                try (Connection c = TestFiles.raw(file)) {
                    c.createStatement().execute("PRAGMA busy_timeout = 5000");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO lab_result (person_id, test, taken_on, value, censored, entered_text, entered_unit, created_at) "
                                    + "SELECT 1, 'PSA', '2024-01-01', 2.5, 0, '2.5', 'ng/mL', '2024-01-01T00:00:00Z'");
                    for (int i = 0; i < 400; i++) {
                        insert.executeUpdate();
                        written.incrementAndGet();
                        writing.countDown();
                    }
                } catch (Throwable t) {
                    writerFailed.set(t);
                    writing.countDown();
                }
            });
            writer.start();
            writing.await();
            for (int i = 0; i < 3; i++) JournalBackup.backUp(db, backup);
            writer.join();
        }
        assertThat(writerFailed.get()).isNull();
        JournalCheck check = JournalVerifier.check(backup);
        assertThat(check.ok()).as(check.problemText()).isTrue();
        assertThat(check.integrity()).isEqualTo("ok");
        assertThat(labCount(backup)).isBetween(3000, 3400);
        assertThat(TestFiles.queryString(backup, "PRAGMA journal_mode")).isEqualTo("delete");
        try (Database reopened = Database.open(backup)) {
            assertThat(new PersonRepository(reopened).all()).extracting(p -> p.name()).containsExactly("Walter");
        }
        assertThat(namesIn(dir)).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void checkSaysOkAndTheSchemaVersionOfASoundJournalWithoutWritingBesideIt() throws Exception {
        Path file = journal("journal.db", 5);
        String before = sha256(file);
        JournalCheck check = JournalVerifier.check(file);
        assertThat(check.ok()).isTrue();
        assertThat(check.schemaVersion()).isEqualTo(Migrations.standard().latest());
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(namesIn(dir)).containsExactly("journal.db");
    }

    @Test
    void restoreRoundTripKeepsTheCurrentJournalInTheBackupsFolder() throws Exception {
        Path file = journal("journal.db", 10);
        Path backup = dir.resolve("saved.db");
        JournalBackup.backUp(file, backup);
        try (Database db = Database.open(file)) {
            new LabResultRepository(db).add(1, LabResult.of(LabTest.PSA, LocalDate.of(2025, 1, 1), LabValue.exact(9)));
        }
        assertThat(labCount(file)).isEqualTo(11);

        JournalBackup.Restored restored = JournalBackup.restore(backup, file, dir.resolve("backups"), CLOCK);

        assertThat(labCount(file)).isEqualTo(10);
        assertThat(restored.keptJournal()).isEqualTo(dir.resolve("backups/journal.before-restore-20250304-101530.db"));
        assertThat(labCount(restored.keptJournal())).isEqualTo(11);
        try (Database db = Database.open(file)) {
            assertThat(new LabResultRepository(db).count(1)).isEqualTo(10);
        }
        assertThat(namesIn(dir)).noneMatch(n -> n.endsWith(".part"));
    }

    /** Each way of damaging a backup file the issue names: cut short, zero-filled, not SQLite at all. */
    @ParameterizedTest
    @ValueSource(strings = {"truncated", "zero-filled", "not-sqlite", "zeroed-middle", "foreign-sqlite", "newer", "empty"})
    void restoreRefusesADamagedOrForeignFileAndLeavesTheJournalByteIdentical(String damage) throws Exception {
        Path file = journal("journal.db", 200);
        Path backup = dir.resolve("bad.db");
        JournalBackup.backUp(file, backup);
        byte[] good = Files.readAllBytes(backup);
        UnaryOperator<byte[]> spoil = switch (damage) {
            case "truncated" -> b -> Arrays.copyOf(b, b.length / 2);
            case "zero-filled" -> b -> new byte[b.length];
            case "not-sqlite" -> b -> "date,test,value\n2024-01-01,PSA,1.2\n".getBytes();
            case "zeroed-middle" -> b -> {
                byte[] c = b.clone();
                Arrays.fill(c, 4096, Math.min(c.length, 4096 * 4), (byte) 0);
                return c;
            };
            case "empty" -> b -> new byte[0];
            default -> b -> b;
        };
        Files.write(backup, spoil.apply(good));
        if (damage.equals("foreign-sqlite")) TestFiles.exec(backup, "PRAGMA application_id = 42");
        if (damage.equals("newer")) TestFiles.exec(backup, "PRAGMA user_version = 99");
        String before = sha256(file);

        assertThat(JournalVerifier.check(backup).ok()).isFalse();
        assertThatThrownBy(() -> JournalBackup.restore(backup, file, dir.resolve("backups"), CLOCK))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("cannot be restored")
                .hasMessageEndingWith("Your journal was not changed.");

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(namesIn(dir)).containsExactly("bad.db", "journal.db");
    }

    @Test
    void aNewerBackupSaysToUpdateTheApp() throws Exception {
        Path backup = journal("newer.db", 1);
        TestFiles.exec(backup, "PRAGMA user_version = 99");
        assertThat(JournalVerifier.check(backup).problemText()).contains("newer version of Care Journal (schema 99)");
    }

    @Test
    void theJournalAndItsBackupsAreOwnerOnly() throws Exception {
        assumeThat(PrivateFiles.supportsPosix(dir)).as("POSIX permissions").isTrue();
        Path file = journal("journal.db", 1);
        Path backup = dir.resolve("copy.db");
        JournalBackup.backUp(file, backup);
        try (Database db = Database.open(file)) {
            new LabResultRepository(db).add(1, LabResult.of(LabTest.PSA, LocalDate.of(2025, 1, 1), LabValue.exact(9)));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("journal.db-wal")))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        JournalBackup.Restored r = JournalBackup.restore(backup, file, dir.resolve("backups"), CLOCK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(r.keptJournal()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("backups")))).isEqualTo("rwx------");
    }
}
