package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.carejournal.app.JournalSession;
import org.carejournal.app.SampleJournal;
import org.carejournal.domain.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format csv|json|fhir} and {@code import --json} on the sample journal. */
class ExportFormatsCommandTest {
    @TempDir
    Path dir;
    Path journal;

    @BeforeEach
    void theSampleJournal() {
        journal = dir.resolve("sample.db");
        SampleJournal.write(journal, LocalDate.now());
    }

    @Test
    void csvWritesOneFilePerKindIntoAFolderItMakes() {
        Path folder = dir.resolve("csv");
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "CSV", "--out", folder.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote 6 CSV files to " + folder.toAbsolutePath()).contains("labs.csv").contains("reminders.csv");
        assertThat(folder.resolve("pain.csv")).exists();
    }

    @Test
    void csvRefusesAFileAsItsFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("labs.csv"), "x");
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "csv", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is a file: for csv give a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void jsonExportThenImportIntoANewJournalGivesTheSameRows() throws IOException {
        Path export = dir.resolve("export.json");
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "json", "--out", export.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote the full export to").contains("import --db NEW.db --json");

        Path copy = dir.resolve("copy.db");
        Cli.Result in = Cli.run("import", "--db", copy.toString(), "--json", export.toString());
        assertThat(in.exit()).as(in.toString()).isZero();
        try (JournalSession a = JournalSession.open(journal); JournalSession b = JournalSession.open(copy)) {
            int rows = a.tables().dump(Progress.NONE).rowCount();
            assertThat(in.out()).contains("Imported " + rows + " rows from export.json");
            assertThat(b.tables().dump(Progress.NONE).rowCount()).isEqualTo(rows);
            assertThat(b.people().all()).isEqualTo(a.people().all());
        }
    }

    @Test
    void jsonImportRefusesAJournalWithEntriesAndAMalformedFileAndLeavesNoNewFile() throws IOException {
        Path export = dir.resolve("export.json");
        assertThat(Cli.run("export", "--db", journal.toString(), "--format", "json", "--out", export.toString()).exit()).isZero();

        Cli.Result full = Cli.run("import", "--db", journal.toString(), "--json", export.toString());
        assertThat(full.exit()).isEqualTo(1);
        assertThat(full.err()).contains("already has entries").contains("Nothing was imported");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":\"care-journal-export\",");
        Path fresh = dir.resolve("fresh.db");
        Cli.Result bad = Cli.run("import", "--db", fresh.toString(), "--json", broken.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("not complete, valid JSON").contains("Nothing was imported");
        assertThat(fresh).doesNotExist();

        Cli.Result both = Cli.run("import", "--db", fresh.toString(), "--json", export.toString(), "--csv", export.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void fhirWritesABundle() throws IOException {
        Path out = dir.resolve("fhir.json");
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "fhir", "--out", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote a FHIR R4 bundle to");
        var bundle = new ObjectMapper().readTree(out.toFile());
        assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.path("entry").size()).isGreaterThan(100);
    }
}
