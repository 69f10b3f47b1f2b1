package org.carejournal.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.Progression;
import org.carejournal.analysis.PsaKinetics;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.report.ImportPreview;
import org.carejournal.report.LabCsvImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heavy journal is believable, and its CSV imports cleanly: no duplicates, no wrong rows. */
class HeavyJournalTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Test
    void tenYearsOfEveryTestEveryThirtyDaysTellAPsaStory() {
        HeavyJournal heavy = new HeavyJournal(TODAY, 10);
        HeavyJournal.Written written = heavy.writeJournal(dir.resolve("heavy.db"));
        try (JournalSession s = JournalSession.open(dir.resolve("heavy.db"))) {
            List<LabResult> all = s.labs().all(written.personId());
            assertThat(all).hasSize(written.results());
            Map<LabTest, Long> perTest = all.stream().collect(Collectors.groupingBy(LabResult::test, Collectors.counting()));
            assertThat(perTest).hasSize(LabTest.values().length);
            assertThat(perTest.values()).allSatisfy(n -> assertThat(n).isBetween(120L, 123L));
            assertThat(all).allSatisfy(r -> {
                assertThat(r.date()).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusYears(10).minusDays(3));
                assertThat(r.value().value()).isPositive().isLessThanOrEqualTo(r.test().maxPlausible());
            });

            List<LabResult> psa = s.labs().forTest(written.personId(), LabTest.PSA);
            assertThat(psa).anySatisfy(r -> assertThat(r.value().censored()).isTrue());
            KineticsReport k = PsaKinetics.compute(psa, DateRange.ALL, s.settings().treatmentStart(written.personId()).orElse(null));
            assertThat(k.pointsCensored()).isPositive();
            assertThat(k.baseline()).isNotNull();
            // the last line falls, then rises again: progression on it
            assertThat(k.progression()).isEqualTo(Progression.CONFIRMED);
        }
    }

    @Test
    void theCsvHasDistinctPastReadingsThatAllImport() throws Exception {
        HeavyJournal heavy = new HeavyJournal(TODAY, 2);
        Path journal = dir.resolve("heavy.db");
        Path csv = dir.resolve("labs.csv");
        HeavyJournal.Written written = heavy.writeJournal(journal);
        heavy.writeCsv(csv, 1000);
        assertThat(Files.readAllLines(csv)).hasSize(1001);
        try (JournalSession s = JournalSession.open(journal)) {
            Clock clock = Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
            LabCsvImport importer = new LabCsvImport(s.labs(), clock);
            ImportPreview preview = importer.preview(written.personId(), csv, null);
            assertThat(preview.okCount()).isEqualTo(1000);
            assertThat(preview.duplicateCount()).isZero();
            assertThat(preview.errorCount()).isZero();
            assertThat(importer.commit(written.personId(), preview).imported()).isEqualTo(1000);
            assertThat(s.labs().count(written.personId())).isEqualTo(written.results() + 1000);
        }
    }

    @Test
    void valuesAreRealistic() {
        HeavyJournal heavy = new HeavyJournal(TODAY, 10);
        Random noise = new Random(1);
        Function<LabTest, LabValue> mid = t -> heavy.value(t, TODAY.minusYears(5), noise);
        assertThat(mid.apply(LabTest.TESTOSTERONE).value()).isLessThan(50);     // castrate on ADT
        assertThat(mid.apply(LabTest.HEMOGLOBIN).value()).isBetween(10.0, 15.0);
        assertThat(mid.apply(LabTest.CALCIUM).value()).isBetween(8.0, 11.0);
        assertThat(mid.apply(LabTest.CREATININE).value()).isBetween(0.6, 1.6);
        assertThat(heavy.value(LabTest.TESTOSTERONE, TODAY.minusYears(10), noise).value()).isGreaterThan(300);
    }
}
