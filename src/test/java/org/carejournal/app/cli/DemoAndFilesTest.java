package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code care-journal demo}, and what every command does with a file it must not touch. */
class DemoAndFilesTest {
    @TempDir
    Path dir;

    @Test
    void demoWritesTheSampleThatTheOtherCommandsRead() throws Exception {
        Path file = dir.resolve("sample.db");
        Cli.Result demo = Cli.run("demo", "--db", file.toString());
        assertThat(demo.exit()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains(file.toAbsolutePath().toString());
        try (JournalSession s = JournalSession.open(file)) {
            assertThat(s.settings().isSample()).isTrue();
            assertThat(s.labs().count(s.people().all().get(0).id())).isGreaterThan(20);
        }

        Cli.Result kinetics = Cli.run("kinetics", "--db", file.toString(), "--json");
        assertThat(kinetics.exit()).as(kinetics.toString()).isZero();
        JsonNode k = new ObjectMapper().readTree(kinetics.out());
        assertThat(k.get("progression").asText()).isIn("none", "unconfirmed", "confirmed");
        assertThat(k.get("pointsUsed").asInt()).isGreaterThan(2);
        assertThat(k.get("treatmentStart").isTextual()).isTrue();

        // an older sample is simply replaced
        assertThat(Cli.run("demo", "--db", file.toString()).exit()).isZero();
    }

    @Test
    void demoNeverOverwritesRealEntries() {
        Path file = dir.resolve("journal.db");
        try (JournalSession s = JournalSession.open(file)) {
            long p = s.people().create("John Smith").id();
            s.labs().add(p, LabResult.of(LabTest.PSA, LocalDate.of(2024, 1, 10), LabValue.exact(4.2)));
        }
        Cli.Result r = Cli.run("demo", "--db", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("real entries").doesNotContain("Exception");
        try (JournalSession s = JournalSession.open(file)) {
            assertThat(s.people().all()).extracting(p -> p.name()).containsExactly("John Smith");
            assertThat(s.labs().all(s.people().all().get(0).id())).hasSize(1);
            assertThat(s.settings().isSample()).isFalse();
        }
    }

    @Test
    void aFileThatIsNotAJournalIsExplainedAndLeftAlone() throws Exception {
        Path notes = dir.resolve("notes.db");
        String text = "shopping list: milk, bread\n";
        Files.writeString(notes, text);
        Path csv = dir.resolve("labs.csv");
        Files.writeString(csv, "Date,Test,Value\n2024-01-10,PSA,4.2\n");

        for (String[] args : new String[][] {
                {"kinetics", "--db", notes.toString()},
                {"kinetics", "--db", notes.toString(), "--json"},
                {"import", "--db", notes.toString(), "--csv", csv.toString()},
                {"demo", "--db", notes.toString()}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo(notes.toAbsolutePath() + " is not a Care Journal file. The file was not changed.");
            assertThat(r.out()).isEmpty();
            assertThat(Files.readString(notes)).isEqualTo(text);
        }
    }
}
