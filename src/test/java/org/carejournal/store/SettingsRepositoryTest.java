package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {

    @TempDir Path dir;

    @Test
    void settingsArePerPersonAndCanBeOverwrittenAndRemoved() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            long walter = people.create("Walter").id();
            long ann = people.create("Ann").id();
            SettingsRepository settings = new SettingsRepository(db);

            assertThat(settings.get(walter, "psa.interval.months")).isEmpty();
            settings.put(walter, "psa.interval.months", "3");
            settings.put(ann, "psa.interval.months", "6");
            settings.put(walter, "psa.interval.months", "2");
            assertThat(settings.get(walter, "psa.interval.months")).contains("2");
            assertThat(settings.get(ann, "psa.interval.months")).contains("6");

            settings.remove(walter, "psa.interval.months");
            assertThat(settings.get(walter, "psa.interval.months")).isEmpty();
            assertThat(settings.get(ann, "psa.interval.months")).contains("6");
        }
    }

    @Test
    void treatmentStartIsADate() {
        Path file = dir.resolve("journal.db");
        long walter;
        try (Database db = Database.open(file)) {
            walter = new PersonRepository(db).create("Walter").id();
            SettingsRepository settings = new SettingsRepository(db);
            assertThat(settings.treatmentStart(walter)).isEmpty();
            settings.setTreatmentStart(walter, LocalDate.of(2023, 11, 20));
        }
        try (Database db = Database.open(file)) {
            SettingsRepository settings = new SettingsRepository(db);
            assertThat(settings.treatmentStart(walter)).contains(LocalDate.of(2023, 11, 20));
            assertThat(settings.get(walter, "treatment.start")).contains("2023-11-20");
            settings.setTreatmentStart(walter, null);
            assertThat(settings.treatmentStart(walter)).isEmpty();
            settings.put(walter, "treatment.start", "not a date");
            assertThat(settings.treatmentStart(walter)).isEmpty();
        }
    }

    @Test
    void journalInfoAndTheSampleMark() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertThat(settings.isSample()).isFalse();
            settings.markSample();
            assertThat(settings.isSample()).isTrue();
            assertThat(settings.journalInfo("sample")).contains("true");
            settings.putJournalInfo("last.backup", "2024-06-01");
            settings.putJournalInfo("last.backup", "2024-06-02");
            assertThat(settings.journalInfo("last.backup")).contains("2024-06-02");
            assertThat(settings.journalInfo("missing")).isEmpty();
        }
    }

    @Test
    void psaIntervalDefaultsToThreeMonthsAndKeepsWhatIsSet() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            long walter = new PersonRepository(db).create("Walter").id();
            SettingsRepository settings = new SettingsRepository(db);
            assertThat(settings.psaIntervalMonths(walter)).isEqualTo(3);
            settings.setPsaIntervalMonths(walter, 6);
            assertThat(settings.psaIntervalMonths(walter)).isEqualTo(6);
            settings.put(walter, SettingsRepository.PSA_INTERVAL, "zero");
            assertThat(settings.psaIntervalMonths(walter)).isEqualTo(3);
        }
    }

    @Test
    void theJournalUidIsMadeOnceAndKeptInTheFile() {
        Path file = dir.resolve("journal.db");
        String first;
        try (Database db = Database.open(file)) {
            first = new SettingsRepository(db).journalUid();
            assertThat(new SettingsRepository(db).journalUid()).isEqualTo(first);
        }
        try (Database db = Database.open(file)) {
            assertThat(new SettingsRepository(db).journalUid()).isEqualTo(first);
        }
        try (Database other = Database.open(dir.resolve("other.db"))) {
            assertThat(new SettingsRepository(other).journalUid()).isNotEqualTo(first);
        }
    }
}
