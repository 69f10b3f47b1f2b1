package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code care-journal import}: all rows or none, exactly like the import in the window. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path journal;
    long person;

    @BeforeEach
    void aJournalWithOnePerson() {
        journal = dir.resolve("journal.db");
        try (JournalSession s = JournalSession.open(journal)) {
            person = s.people().create("John Smith").id();
        }
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("labs.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private List<LabResult> saved() {
        try (JournalSession s = JournalSession.open(journal)) {
            return s.labs().all(person);
        }
    }

    @Test
    void aGoodFileIsImportedAndCounted() throws IOException {
        try (JournalSession s = JournalSession.open(journal)) {
            s.labs().add(person, LabResult.of(LabTest.PSA, LocalDate.of(2024, 1, 10), LabValue.exact(4.2)));
        }
        Path file = csv("Date,Test,Value,Unit",
                "2024-01-10,PSA,4.2,ng/mL",          // already in the journal
                "2024-02-10,PSA,5.1,ng/mL",
                "2024-03-10,PSA,<0.1,ng/mL",
                "2024-03-10,Hemoglobin,13.1,g/dL",
                "2024-03-10,Hemoglobin,13.1,g/dL");   // same reading again in the file

        Cli.Result r = Cli.run("import", "--db", journal.toString(), "--csv", file.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Imported 3 lab results").contains("Skipped 2 as duplicates").contains("Rejected 0");
        assertThat(r.err()).isEmpty();
        assertThat(saved()).extracting(LabResult::test, LabResult::date, LabResult::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LabTest.PSA, LocalDate.of(2024, 1, 10), LabValue.exact(4.2)),
                org.assertj.core.groups.Tuple.tuple(LabTest.PSA, LocalDate.of(2024, 2, 10), LabValue.exact(5.1)),
                org.assertj.core.groups.Tuple.tuple(LabTest.PSA, LocalDate.of(2024, 3, 10), LabValue.below(0.1)),
                org.assertj.core.groups.Tuple.tuple(LabTest.HEMOGLOBIN, LocalDate.of(2024, 3, 10), LabValue.exact(13.1)));
    }

    @Test
    void oneWrongRowImportsNothingAndSaysWhichRowAndWhy() throws IOException {
        Path file = csv("Date,Test,Value,Unit",
                "2024-01-10,PSA,4.2,ng/mL",
                "2024-02-10,PSA,-3,ng/mL",
                "2024-03-10,Glucose,5,mmol/L");

        Cli.Result r = Cli.run("import", "--db", journal.toString(), "--csv", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing was imported")
                .contains("row 3: A lab value cannot be negative.")
                .contains("row 4: Unknown test \"Glucose\"")
                .contains("rejected 2");
        assertThat(r.out()).isEmpty();
        assertThat(saved()).isEmpty();
    }

    @Test
    void datesThatReadBothWaysNeedTheDateOrder() throws IOException {
        Path file = csv("Date,Test,Value,Unit",
                "05/03/2024,PSA,4.2,ng/mL",
                "06/04/2024,PSA,4.8,ng/mL");

        Cli.Result ambiguous = Cli.run("import", "--db", journal.toString(), "--csv", file.toString());
        assertThat(ambiguous.exit()).as(ambiguous.toString()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("--date-order dmy").contains("mdy").contains("Nothing was imported");
        assertThat(saved()).isEmpty();

        Cli.Result dmy = Cli.run("import", "--db", journal.toString(), "--csv", file.toString(), "--date-order", "dmy");
        assertThat(dmy.exit()).as(dmy.toString()).isZero();
        assertThat(dmy.out()).contains("Imported 2 lab results").contains("day/month/year");
        assertThat(saved()).extracting(LabResult::date).containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 4, 6));
    }

    @Test
    void mdyReadsMonthFirstAndAWrongOrderIsAUsageError() throws IOException {
        Path file = csv("Date,Test,Value", "05/03/2024,PSA,4.2");
        assertThat(Cli.run("import", "--db", journal.toString(), "--csv", file.toString(), "--date-order", "ymd").exit())
                .isEqualTo(2);
        assertThat(Cli.run("import", "--db", journal.toString(), "--csv", file.toString(), "--date-order", "MDY").exit())
                .isZero();
        assertThat(saved()).extracting(LabResult::date).containsExactly(LocalDate.of(2024, 5, 3));
    }

    @Test
    void aJournalWithNobodyGetsNobodyAndNoLabs() throws IOException {
        Path empty = dir.resolve("empty.db");
        JournalSession.open(empty).close();
        Path file = csv("Date,Test,Value", "2024-01-10,PSA,4.2");

        Cli.Result r = Cli.run("import", "--db", empty.toString(), "--csv", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "This journal has no person yet: open it in the app first, or run `care-journal demo`.");
        try (JournalSession s = JournalSession.open(empty)) {
            assertThat(s.people().all()).isEmpty();
        }
    }

    @Test
    void aMissingCsvOrJournalIsOnePlainLine() {
        Cli.Result noCsv = Cli.run("import", "--db", journal.toString(), "--csv", dir.resolve("nope.csv").toString());
        assertThat(noCsv.exit()).isEqualTo(1);
        assertThat(noCsv.err().strip()).isEqualTo("There is no file " + dir.resolve("nope.csv") + ".").doesNotContain("Exception");

        Path nowhere = dir.resolve("nowhere.db");
        Cli.Result noJournal = Cli.run("import", "--db", nowhere.toString(), "--csv", dir.resolve("nope.csv").toString());
        assertThat(noJournal.exit()).isEqualTo(1);
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void anEmptyFileImportsNothing() throws IOException {
        Cli.Result r = Cli.run("import", "--db", journal.toString(), "--csv", csv("Date,Test,Value").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no lab results");
    }
}
