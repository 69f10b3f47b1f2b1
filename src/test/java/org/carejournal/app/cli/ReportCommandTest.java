package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carejournal.app.JournalSession;
import org.carejournal.app.SampleJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code care-journal report}: writes the summary PDF, or nothing and says why with an exit code other than 0. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSummaryOfTheSampleJournal() throws IOException {
        Path journal = dir.resolve("sample.db");
        LocalDate today = LocalDate.now();
        SampleJournal.write(journal, today);
        Path out = dir.resolve("summary.pdf");
        Cli.Result r = Cli.run("report", "--db", journal.toString(), "--from", today.minusMonths(6).toString(),
                "--to", today.toString(), "--audience", "family-doctor", "--paper", "letter", "--large-print",
                "--out", out.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote the family doctor summary of Robert (sample)");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(doc)).contains("Robert (sample)", "Medicines", "For: family doctor");
        }
    }

    @Test
    void badDatesAudiencePaperAndAMissingPersonOrJournalAreRefusedAndWriteNothing() throws IOException {
        Path journal = dir.resolve("empty.db");
        try (JournalSession s = JournalSession.open(journal)) {
            s.settings().journalUid();   // a journal without anyone in it
        }
        Path out = dir.resolve("summary.pdf");
        String db = journal.toString();
        expect(2, "is not a date", "report", "--db", db, "--from", "2026-13-01", "--to", "2026-12-01", "--out", out.toString());
        expect(2, "is before --from", "report", "--db", db, "--from", "2026-06-01", "--to", "2026-01-01", "--out", out.toString());
        expect(2, "oncologist, family-doctor or dentist", "report", "--db", db, "--from", "2026-01-01", "--to", "2026-06-01",
                "--audience", "surgeon", "--out", out.toString());
        expect(2, "a4 or letter", "report", "--db", db, "--from", "2026-01-01", "--to", "2026-06-01",
                "--paper", "a5", "--out", out.toString());
        expect(1, "no person yet", "report", "--db", db, "--from", "2026-01-01", "--to", "2026-06-01", "--out", out.toString());
        expect(1, "There is no journal at", "report", "--db", dir.resolve("none.db").toString(), "--from", "2026-01-01",
                "--to", "2026-06-01", "--out", out.toString());
        expect(1, "There is no folder", "report", "--db", db, "--from", "2026-01-01", "--to", "2026-06-01",
                "--out", dir.resolve("nowhere/summary.pdf").toString());
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".part"));
        }
    }

    private static void expect(int exit, String message, String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.err()).as(r.toString()).contains(message);
    }
}
