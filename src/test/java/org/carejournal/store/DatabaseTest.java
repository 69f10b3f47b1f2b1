package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carejournal.store.TestFiles.exec;
import static org.carejournal.store.TestFiles.namesIn;
import static org.carejournal.store.TestFiles.queryString;
import static org.carejournal.store.TestFiles.sha256;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {

    @TempDir Path dir;

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static int countRows(Database db, String table) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void createsTheFileAndItsFoldersWithWalForeignKeysAndTheLatestSchema() throws Exception {
        Path file = dir.resolve("a/b/journal.db");
        try (Database db = Database.open(file)) {
            assertThat(file).exists();
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
            assertThat(db.schemaVersion()).isEqualTo(Migrations.standard().latest()).isGreaterThanOrEqualTo(1);
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "busy_timeout")).isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MS));
            assertThat(Integer.parseInt(pragma(db, "application_id"))).isEqualTo(Database.APPLICATION_ID);
            assertThat(countRows(db, "person") + countRows(db, "lab_result") + countRows(db, "person_setting")).isZero();
            assertThat(new SettingsRepository(db).journalInfo("format")).contains("care-journal");
        }
        assertThat(namesIn(file.getParent())).containsExactly("journal.db");
    }

    @Test
    void anEmptyFileBecomesAJournal() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.standard().latest());
        }
    }

    @Test
    void reopeningKeepsTheData() {
        Path file = dir.resolve("journal.db");
        long id;
        try (Database db = Database.open(file)) {
            id = new PersonRepository(db).create("Walter").id();
            new LabResultRepository(db).add(id, LabResult.of(LabTest.PSA, LocalDate.of(2024, 3, 5), LabValue.exact(4.2)));
        }
        try (Database db = Database.open(file)) {
            assertThat(new PersonRepository(db).find(id)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Walter"));
            assertThat(new LabResultRepository(db).count(id)).isEqualTo(1);
        }
    }

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            assertThatThrownBy(() -> db.inTransactionDo(c -> {
                insertPerson(c, "Ann");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
            assertThatThrownBy(() -> db.inTransactionDo(c -> {
                insertPerson(c, "Ann");
                c.createStatement().execute("INSERT INTO no_such_table VALUES (1)");
            })).isInstanceOf(JournalException.class).hasMessageContaining("nothing was saved");
            assertThat(countRows(db, "person")).isZero();
        }
    }

    @Test
    void anInnerTransactionJoinsTheOuterOne() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            assertThatThrownBy(() -> db.inTransactionDo(c -> {
                people.create("Ann");   // its own inTransaction joins this one
                throw new IllegalStateException("later step failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(people.all()).isEmpty();
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            LabResultRepository labs = new LabResultRepository(db);
            LabResult r = LabResult.of(LabTest.PSA, LocalDate.of(2024, 3, 5), LabValue.exact(4.2));
            assertThatThrownBy(() -> labs.add(999, r)).isInstanceOf(JournalException.class);
            assertThat(countRows(db, "lab_result")).isZero();
        }
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        Database db = Database.open(dir.resolve("journal.db"));
        db.close();
        db.close();   // closing twice is harmless
        assertThatThrownBy(db::schemaVersion).isInstanceOf(IllegalStateException.class);
    }

    // ---- files the app must not open --------------------------------------------------------

    @Test
    void aJournalFromANewerAppIsRefusedAndLeftByteForByteUntouched() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file)) {
            new PersonRepository(db).create("Walter");
        }
        exec(file, "PRAGMA user_version = 7");
        String before = sha256(file);
        List<String> namesBefore = namesIn(dir);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(JournalTooNewException.class, e -> {
                    assertThat(e.fileVersion()).isEqualTo(7);
                    assertThat(e.supportedVersion()).isEqualTo(Migrations.standard().latest());
                })
                .isInstanceOf(JournalException.class)
                .hasMessage("This journal was saved by a newer version of Care Journal (schema 7); this version reads up to "
                        + Migrations.standard().latest() + ". Update the app to open it. The file was not changed.");

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(namesIn(dir)).isEqualTo(namesBefore);
        assertThat(queryString(file, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("labs.csv");
        Files.writeString(file, "date,test,value\n2024-03-05,PSA,4.2\n", StandardCharsets.UTF_8);
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(file))
                .isExactlyInstanceOf(JournalException.class)
                .hasMessageContaining("labs.csv is not a Care Journal file")
                .hasMessageContaining("The file was not changed");

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(namesIn(dir)).containsExactly("labs.csv");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        exec(file, "CREATE TABLE things (a TEXT)", "INSERT INTO things VALUES ('x')");
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(file))
                .isExactlyInstanceOf(JournalException.class).hasMessageContaining("is not a Care Journal file");
        assertThat(sha256(file)).isEqualTo(before);

        Path versioned = dir.resolve("versioned.db");
        exec(versioned, "CREATE TABLE things (a TEXT)", "PRAGMA user_version = 1");
        String versionedBefore = sha256(versioned);
        assertThatThrownBy(() -> Database.open(versioned)).hasMessageContaining("is not a Care Journal file");
        assertThat(sha256(versioned)).isEqualTo(versionedBefore);
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(JournalException.class).hasMessageContaining("is a folder");
    }

    // ---- migrations --------------------------------------------------------------------------

    static IntStream earlierVersions() {
        return IntStream.range(0, Migrations.standard().latest());
    }

    @ParameterizedTest(name = "a file at schema {0}")
    @MethodSource("earlierVersions")
    void aFileOfEachEarlierVersionIsMigratedToTheLatest(int version) throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database old = Database.open(file, Migrations.standard().upTo(version))) {
            assertThat(old.schemaVersion()).isEqualTo(version);
            if (version >= 1) new PersonRepository(old).create("Walter");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.standard().latest());
            if (version >= 1) assertThat(new PersonRepository(db).all()).extracting("name").containsExactly("Walter");
        }
        String backup = "journal.db.before-v" + Migrations.standard().latest() + ".bak";
        if (version == 0) assertThat(dir.resolve(backup)).doesNotExist();
        else assertThat(dir.resolve(backup)).exists();
    }

    @Test
    void migratingAnExistingJournalFirstSavesAValidCopyBesideIt() throws Exception {
        Path file = dir.resolve("journal.db");
        Migrations v1 = Migrations.standard().upTo(1);
        long walter;
        try (Database db = Database.open(file, v1)) {
            walter = new PersonRepository(db).create("Walter").id();
            new LabResultRepository(db).add(walter, LabResult.of(LabTest.PSA, LocalDate.of(2024, 3, 5), LabValue.below(0.1)));
        }

        try (Database db = Database.open(file, TestFiles.withTestV2(TestFiles.V2_FOR_TESTS))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
            assertThat(new SettingsRepository(db).journalInfo("test.v2")).contains("applied");
            assertThat(new LabResultRepository(db).all(walter)).hasSize(1);
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
        }

        Path backup = dir.resolve("journal.db.before-v2.bak");
        assertThat(backup).exists();
        assertThat(queryString(backup, "PRAGMA user_version")).isEqualTo("1");
        try (Database copy = Database.open(backup, v1)) {   // the copy is a working journal of the old version
            assertThat(new PersonRepository(copy).all()).extracting("name").containsExactly("Walter");
            assertThat(new LabResultRepository(copy).all(walter)).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo(LabValue.below(0.1)));
            assertThat(new SettingsRepository(copy).journalInfo("test.v2")).isEmpty();
        }
    }

    @Test
    void anExistingBackupIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Migrations.standard().upTo(1))) {
            new PersonRepository(db).create("Walter");
        }
        Path older = Files.writeString(dir.resolve("journal.db.before-v2.bak"), "an older copy");
        try (Database db = Database.open(file, TestFiles.withTestV2(TestFiles.V2_FOR_TESTS))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
        assertThat(Files.readString(older)).isEqualTo("an older copy");
        assertThat(queryString(dir.resolve("journal.db.before-v2-2.bak"), "PRAGMA user_version")).isEqualTo("1");
    }

    @Test
    void aFailingMigrationChangesNothingAndTheJournalStaysAtItsVersion() throws Exception {
        Path file = dir.resolve("journal.db");
        Migrations v1 = Migrations.standard().upTo(1);
        try (Database db = Database.open(file, v1)) {
            new PersonRepository(db).create("Walter");
        }
        assertThatThrownBy(() -> Database.open(file, TestFiles.withTestV2(TestFiles.V2_BROKEN)))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("could not be updated to schema 2 and was left at schema 1");
        try (Database db = Database.open(file, v1)) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            assertThat(new SettingsRepository(db).journalInfo("test.broken")).isEmpty();
            boolean halfDone = db.read(c -> c.getMetaData().getTables(null, null, "half_done", null).next());
            assertThat(halfDone).isFalse();
            assertThat(new PersonRepository(db).all()).hasSize(1);
        }
    }

    @Test
    void theMigrationIndexNamesScriptsInOrder() {
        assertThatThrownBy(() -> Migrations.of(List.of(TestFiles.V2_FOR_TESTS)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected V1__");
    }

    private static void insertPerson(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person (name, created_at) VALUES (?, '2024-01-01T00:00:00Z')")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }
}
