package org.carejournal.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.carejournal.app.JournalSession;
import org.carejournal.app.SampleJournal;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.domain.dump.DumpRefused;
import org.carejournal.domain.dump.JournalDump;
import org.carejournal.domain.dump.TableRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full JSON export of the sample journal, imported into a new journal, gives back every table row by row. */
class JournalJsonRoundTripTest {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    Path sample;
    Path export;

    @BeforeEach
    void theSampleJournalExported() throws IOException {
        sample = dir.resolve("sample.db");
        export = dir.resolve("export.json");
        SampleJournal.write(sample, TODAY);
        try (JournalSession s = JournalSession.open(sample)) {
            // A deleted last row: its id must not be given again after the import either.
            Person p = s.people().all().get(0);
            long id = s.labs().add(p.id(), org.carejournal.domain.LabResult.of(org.carejournal.domain.LabTest.PSA,
                    TODAY, org.carejournal.domain.LabValue.exact(1))).id();
            s.labs().delete(id);
            new JournalExport(s.exportSources(), CLOCK).write(ExportFormat.JSON, p, export, Progress.NONE);
        }
    }

    @Test
    void importIntoAnEmptyJournalReproducesEveryTableRowByRow() throws IOException {
        Path copy = dir.resolve("copy.db");
        JournalDump before;
        JournalDump after;
        try (JournalSession s = JournalSession.open(sample)) {
            before = s.tables().dump(Progress.NONE);
        }
        try (JournalSession s = JournalSession.open(copy)) {
            int rows = new JournalImport(s.tables()).importJson(export, Progress.NONE);
            assertThat(rows).isEqualTo(before.rowCount());
        }
        try (JournalSession s = JournalSession.open(copy)) {
            after = s.tables().dump(Progress.NONE);
        }
        assertThat(before.rowCount()).isGreaterThan(1000);
        assertThat(after.schemaVersion()).isEqualTo(before.schemaVersion());
        assertThat(after.tables()).extracting(TableRows::name).containsExactlyElementsOf(
                before.tables().stream().map(TableRows::name).toList());
        for (TableRows t : before.tables()) {
            TableRows got = after.table(t.name()).orElseThrow();
            assertThat(got.columns()).as(t.name()).isEqualTo(t.columns());
            assertThat(got.rows()).as(t.name()).hasSameSizeAs(t.rows());
            for (int i = 0; i < t.rows().size(); i++) {
                assertThat(got.rows().get(i)).as(t.name() + " row " + i).containsExactlyElementsOf(t.rows().get(i));
            }
        }
        assertThat(after.sequences()).isEqualTo(before.sequences());
        assertThat(before.table("check_in_rating").orElseThrow().rows()).isNotEmpty();
    }

    @Test
    void theDocumentNamesItsFormatAndSchemaVersionsAndIsOwnerOnly() throws IOException {
        String json = Files.readString(export, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"format\":\"care-journal-export\",\"formatVersion\":1,\"schemaVersion\":4,"
                + "\"exportedAt\":\"2026-10-01T09:00:00Z\"");
        if (Files.getFileAttributeView(export, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export))).isEqualTo("rw-------");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void importRefusesAJournalThatAlreadyHasEntriesAndChangesNothing() throws IOException {
        Path mine = dir.resolve("mine.db");
        try (JournalSession s = JournalSession.open(mine)) {
            s.people().create("Ann Other");
            assertThatThrownBy(() -> new JournalImport(s.tables()).importJson(export, Progress.NONE))
                    .isInstanceOf(DumpRefused.class)
                    .hasMessageContaining("already has entries").hasMessageContaining("Nothing was imported");
            assertThat(s.people().all()).extracting(Person::name).containsExactly("Ann Other");
        }
    }

    @Test
    void importRefusesANewerFormatVersion() throws IOException {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, Files.readString(export).replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertRefusedAndNothingWritten(newer, "newer Care Journal (format 2");
    }

    @Test
    void importRefusesANewerSchemaVersion() throws IOException {
        Path newer = dir.resolve("newer-schema.json");
        Files.writeString(newer, Files.readString(export).replace("\"schemaVersion\":4", "\"schemaVersion\":9"));
        assertRefusedAndNothingWritten(newer, "newer Care Journal (schema 9");
    }

    @Test
    void importRefusesMalformedFiles() throws IOException {
        String good = Files.readString(export);
        Path truncated = write("truncated.json", good.substring(0, good.length() / 2));
        assertRefusedAndNothingWritten(truncated, "not complete, valid JSON");
        assertRefusedAndNothingWritten(write("other.json", "{\"resourceType\":\"Bundle\"}"), "not a Care Journal export");
        assertRefusedAndNothingWritten(write("text.json", "PSA,4.2\n"), "not complete, valid JSON");
        assertRefusedAndNothingWritten(write("empty.json", ""), "not a Care Journal export");
        assertRefusedAndNothingWritten(write("short-row.json", good.replaceFirst("\\[1,\"", "[\"")),
                "does not have one value per column");
        assertRefusedAndNothingWritten(write("unknown-table.json", good.replace("\"name\":\"appointment\"", "\"name\":\"x_table\"")),
                "table \"x_table\" this journal does not know");
        // A check the journal enforces (a rating is 0 to 10): the whole import is rolled back.
        String badRating = good.replaceFirst("(\"name\":\"check_in_rating\",\"columns\":\\[[^]]*\\],\"rows\":\\[\\[\\d+,\\d+,)\\d+", "$199");
        assertThat(badRating).isNotEqualTo(good);
        assertRefusedAndNothingWritten(write("bad-rating.json", badRating), "cannot keep");
    }

    @Test
    void aCancelledExportLeavesTheOldFileUntouched() throws IOException {
        Files.writeString(export, "an older export");
        Progress cancelled = new Progress() {
            @Override
            public void update(int done, int total, String what) {}

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        try (JournalSession s = JournalSession.open(sample)) {
            Person p = s.people().all().get(0);
            assertThatThrownBy(() -> new JournalExport(s.exportSources(), CLOCK).write(ExportFormat.JSON, p, export, cancelled))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(Files.readString(export)).isEqualTo("an older export");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private void assertRefusedAndNothingWritten(Path file, String message) {
        Path target = dir.resolve("target-" + file.getFileName() + ".db");
        try (JournalSession s = JournalSession.open(target)) {
            assertThatThrownBy(() -> new JournalImport(s.tables()).importJson(file, Progress.NONE))
                    .as(file.getFileName().toString())
                    .isInstanceOf(DumpRefused.class)
                    .hasMessageContaining(message).hasMessageContaining("Nothing was imported");
            assertThat(s.tables().isEmpty()).as("nothing written").isTrue();
            assertThat(s.people().all()).isEmpty();
        }
    }

    static List<String> lines(String text) {
        return List.of(text.split("\r\n"));
    }
}
