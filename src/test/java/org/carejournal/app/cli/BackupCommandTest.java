package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code restore} and {@code check}: what they print, their exit codes, and that bad input changes nothing. */
class BackupCommandTest {
    @TempDir
    Path dir;

    private Path journal(int results) {
        Path file = dir.resolve("journal.db");
        try (JournalSession s = JournalSession.open(file)) {
            long p = s.people().all().isEmpty() ? s.people().create("John Smith").id() : s.people().all().get(0).id();
            for (int i = 0; i < results; i++) {
                s.labs().add(p, LabResult.of(LabTest.PSA, LocalDate.of(2024, 1, 1).plusDays(i), LabValue.exact(4.2)));
            }
        }
        return file;
    }

    private static int labs(Path file) {
        try (JournalSession s = JournalSession.open(file)) {
            return s.labs().count(s.people().all().get(0).id());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private Path passphraseFile(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void backupThenCheckThenRestore() throws Exception {
        Path file = journal(3);
        Path backup = dir.resolve("saved.db");
        Cli.Result b = Cli.run("backup", "--db", file.toString(), "--out", backup.toString());
        assertThat(b.exit()).as(b.toString()).isZero();
        assertThat(b.out()).contains("Backed up").contains(backup.toAbsolutePath().toString());

        Cli.Result c = Cli.run("check", "--db", backup.toString());
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).contains("integrity: ok").contains("schema version: 4");

        journal(2);
        assertThat(labs(file)).isEqualTo(5);
        Cli.Result r = Cli.run("restore", "--db", file.toString(), "--from", backup.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Restored").contains("kept at").contains("backups");
        assertThat(labs(file)).isEqualTo(3);
    }

    @Test
    void aProtectedBackupNeedsItsPassphrase() throws Exception {
        Path file = journal(4);
        Path backup = dir.resolve("saved.cjbackup");
        Path right = passphraseFile("pass.txt", "Grüße, 7 Äpfel\n");
        Cli.Result b = Cli.run("backup", "--db", file.toString(), "--out", backup.toString(), "--passphrase-file", right.toString());
        assertThat(b.exit()).as(b.toString()).isZero();
        assertThat(b.out()).contains("protected by the passphrase");
        assertThat(Files.readString(backup, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("CJBACKUP");

        journal(1);
        String before = sha256(file);
        Cli.Result none = Cli.run("restore", "--db", file.toString(), "--from", backup.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("protected by a passphrase");
        Cli.Result wrong = Cli.run("restore", "--db", file.toString(), "--from", backup.toString(),
                "--passphrase-file", passphraseFile("wrong.txt", "Grüße, 8 Äpfel").toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("The passphrase does not match this backup, or the file is damaged.")
                .contains("not changed").doesNotContain("Exception");
        assertThat(sha256(file)).isEqualTo(before);

        Cli.Result ok = Cli.run("restore", "--db", file.toString(), "--from", backup.toString(), "--passphrase-file", right.toString());
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(labs(file)).isEqualTo(4);
    }

    @Test
    void badInputGoesToStderrWithANonZeroExitAndChangesNothing() throws Exception {
        Path file = journal(2);
        String before = sha256(file);
        Path damaged = Files.write(dir.resolve("damaged.db"), new byte[8192]);
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a journal");

        Cli.Result missingBackup = Cli.run("restore", "--db", file.toString(), "--from", dir.resolve("nowhere.db").toString());
        assertThat(missingBackup.exit()).isEqualTo(1);
        assertThat(missingBackup.err()).contains("There is no backup file");

        Cli.Result zeroFilled = Cli.run("restore", "--db", file.toString(), "--from", damaged.toString());
        assertThat(zeroFilled.exit()).isEqualTo(1);
        assertThat(zeroFilled.err()).contains("cannot be restored").contains("not changed");

        Cli.Result missingJournal = Cli.run("backup", "--db", dir.resolve("none.db").toString(), "--out", dir.resolve("x.db").toString());
        assertThat(missingJournal.exit()).isEqualTo(1);
        assertThat(missingJournal.err()).contains("There is no journal");
        assertThat(dir.resolve("none.db")).doesNotExist();

        Cli.Result missingPass = Cli.run("backup", "--db", file.toString(), "--out", dir.resolve("x.db").toString(),
                "--passphrase-file", dir.resolve("nopass.txt").toString());
        assertThat(missingPass.exit()).isEqualTo(1);
        assertThat(missingPass.err()).contains("There is no passphrase file");
        assertThat(dir.resolve("x.db")).doesNotExist();

        Cli.Result checkText = Cli.run("check", "--db", text.toString());
        assertThat(checkText.exit()).isEqualTo(1);
        assertThat(checkText.err()).contains("not a Care Journal");
        Cli.Result checkMissing = Cli.run("check", "--db", dir.resolve("none.db").toString());
        assertThat(checkMissing.exit()).isEqualTo(1);
        assertThat(dir.resolve("none.db")).doesNotExist();

        assertThat(Cli.run("check", "--db", file.toString()).exit()).isZero();
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }
}
