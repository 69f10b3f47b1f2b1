package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code care-journal kinetics}, on PSA values chosen so every figure can be worked out by hand:
 * 1, 2, 4, 8 ng/mL 60 days apart double every 60 days exactly.
 */
class KineticsCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    @TempDir
    Path dir;

    /** A "&lt;0.1" before the start, then 1, 2, 4, 8 every 60 days from the start, and one excluded 50. */
    private Path handComputableJournal() {
        Path file = dir.resolve("journal.db");
        try (JournalSession s = JournalSession.open(file)) {
            long p = s.people().create("John Smith").id();
            s.labs().addAll(p, List.of(
                    LabResult.of(LabTest.PSA, LocalDate.of(2023, 10, 1), LabValue.below(0.1)),
                    LabResult.of(LabTest.PSA, START, LabValue.exact(1)),
                    LabResult.of(LabTest.PSA, START.plusDays(30), LabValue.exact(50)).withExcluded(true),
                    LabResult.of(LabTest.PSA, START.plusDays(60), LabValue.exact(2)),
                    LabResult.of(LabTest.PSA, START.plusDays(120), LabValue.exact(4)),
                    LabResult.of(LabTest.PSA, START.plusDays(180), LabValue.exact(8)),
                    LabResult.of(LabTest.HEMOGLOBIN, START, LabValue.exact(13.5))));
            s.settings().setTreatmentStart(p, START);
        }
        return file;
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        assertThat(r.exit()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void theCurrentTreatmentLineOfThePlanComesBeforeTheDateSetByHand() throws Exception {
        Path file = handComputableJournal();
        LocalDate lineStart = START.plusDays(100);
        try (JournalSession s = JournalSession.open(file)) {
            long p = s.people().all().get(0).id();
            s.plan().addLine(p, new TreatmentLine(0, lineStart, "Docetaxel", Set.of()));
        }
        JsonNode k = json(Cli.run("kinetics", "--db", file.toString(), "--json"));
        assertThat(k.get("treatmentStart").asText()).isEqualTo(lineStart.toString());
        // The baseline is the last PSA on or before the line's start: 2 ng/mL on day 60.
        assertThat(k.get("baseline").get("date").asText()).isEqualTo(START.plusDays(60).toString());
    }

    @Test
    void jsonHoldsTheHandComputedFigures() throws Exception {
        JsonNode k = json(Cli.run("kinetics", "--db", handComputableJournal().toString(), "--json"));

        assertThat(k.get("test").asText()).isEqualTo("psa");
        assertThat(k.get("pointsUsed").asInt()).isEqualTo(4);
        assertThat(k.get("pointsCensored").asInt()).isEqualTo(1);
        assertThat(k.get("pointsExcluded").asInt()).isEqualTo(1);
        assertThat(k.get("doublingTimeDays").isNumber()).isTrue();
        assertThat(k.get("doublingTimeDays").asDouble()).isEqualTo(60.0);
        assertThat(k.get("doublingTimeMonths").asDouble()).isCloseTo(60 / (365.25 / 12), within(1e-9));
        assertThat(k.get("halvingTimeDays").isNull()).isTrue();
        // slope of y on x for (0,1) (60,2) (120,4) (180,8): 690 / 18000 per day
        assertThat(k.get("velocityPerYear").asDouble()).isCloseTo(690.0 / 18000 * 365.25, within(1e-9));
        assertThat(k.get("baseline").get("date").asText()).isEqualTo("2024-01-01");
        assertThat(k.get("baseline").get("value").asDouble()).isEqualTo(1.0);
        assertThat(k.get("baseline").get("censored").asBoolean()).isFalse();
        assertThat(k.get("nadir").get("date").asText()).isEqualTo("2024-01-01");
        assertThat(k.get("timeToNadirDays").asLong()).isZero();
        assertThat(k.get("changeFromBaselinePercent").asDouble()).isEqualTo(700.0);
        assertThat(k.get("response").asText()).isEqualTo("none");
        // 4 ng/mL on day 120 is 25 % and 2 ng/mL above the nadir of 1, confirmed by 8 on day 180
        assertThat(k.get("progression").asText()).isEqualTo("confirmed");
        assertThat(k.get("progressionDate").asText()).isEqualTo("2024-04-30");
        assertThat(k.get("treatmentStart").asText()).isEqualTo("2024-01-01");
        assertThat(k.get("notes").isArray()).isTrue();
        assertThat(k.get("notes").toString()).contains("below the detection limit").contains("you excluded");
    }

    @Test
    void theDateRangeNarrowsTheFit() throws Exception {
        JsonNode k = json(Cli.run("kinetics", "--db", handComputableJournal().toString(), "--json",
                "--from", "2024-03-01", "--to", "2024-12-31"));
        assertThat(k.get("pointsUsed").asInt()).isEqualTo(3);
        assertThat(k.get("pointsCensored").asInt()).isZero();
        assertThat(k.get("pointsExcluded").asInt()).isZero();
        assertThat(k.get("doublingTimeDays").asDouble()).isEqualTo(60.0);
        assertThat(k.get("from").asText()).isEqualTo("2024-03-01");
    }

    @Test
    void aCensoredNadirIsMarkedAsSuch() throws Exception {
        Path file = dir.resolve("falling.db");
        try (JournalSession s = JournalSession.open(file)) {
            long p = s.people().create("John Smith").id();
            s.labs().addAll(p, List.of(
                    LabResult.of(LabTest.PSA, START, LabValue.exact(8)),
                    LabResult.of(LabTest.PSA, START.plusDays(60), LabValue.exact(4)),
                    LabResult.of(LabTest.PSA, START.plusDays(120), LabValue.below(0.1))));
            s.settings().setTreatmentStart(p, START);
        }
        JsonNode k = json(Cli.run("kinetics", "--db", file.toString(), "--json"));
        assertThat(k.get("nadir").get("censored").asBoolean()).isTrue();
        assertThat(k.get("nadir").get("value").asDouble()).isEqualTo(0.1);
        assertThat(k.get("pointsCensored").asInt()).isEqualTo(1);
        assertThat(k.get("doublingTimeDays").isNull()).isTrue();
        assertThat(k.get("doublingTimeMonths").isNull()).isTrue();
        assertThat(k.get("halvingTimeDays").asDouble()).isEqualTo(60.0);
        assertThat(k.get("response").asText()).isEqualTo("confirmed");
        assertThat(k.get("progression").asText()).isEqualTo("none");
    }

    @Test
    void withoutJsonTheSameFiguresAreLinesOfText() {
        Cli.Result r = Cli.run("kinetics", "--db", handComputableJournal().toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Doubling time:          60 days (2.0 months)")
                .contains("Baseline:               1 ng/mL on 2024-01-01")
                .contains("Progression (PCWG2/3):  confirmed, first met 2024-04-30")
                .contains("Treatment start:        2024-01-01");
    }

    @Test
    void anEmptyJournalGivesNullsAndZeros() throws Exception {
        Path nobody = dir.resolve("nobody.db");
        JournalSession.open(nobody).close();
        Path noLabs = dir.resolve("nolabs.db");
        try (JournalSession s = JournalSession.open(noLabs)) {
            s.people().create("John Smith");
        }
        for (Path file : List.of(nobody, noLabs)) {
            JsonNode k = json(Cli.run("kinetics", "--db", file.toString(), "--json"));
            assertThat(k.get("test").asText()).isEqualTo("psa");
            assertThat(k.get("pointsUsed").asInt()).isZero();
            assertThat(k.get("pointsCensored").asInt()).isZero();
            assertThat(k.get("doublingTimeDays").isNull()).isTrue();
            assertThat(k.get("velocityPerYear").isNull()).isTrue();
            assertThat(k.get("baseline").isNull()).isTrue();
            assertThat(k.get("nadir").isNull()).isTrue();
            assertThat(k.get("treatmentStart").isNull()).isTrue();
            assertThat(k.get("progression").asText()).isEqualTo("none");
            assertThat(Cli.run("kinetics", "--db", file.toString()).exit()).isZero();
        }
    }

    @Test
    void theTestIsNamedByCodeOrLoosely() throws Exception {
        Path file = handComputableJournal();
        assertThat(json(Cli.run("kinetics", "--db", file.toString(), "--json", "--test", "psa-us")).get("test").asText())
                .isEqualTo("psa-us");
        assertThat(json(Cli.run("kinetics", "--db", file.toString(), "--json", "--test", "Ultrasensitive PSA"))
                .get("test").asText()).isEqualTo("psa-us");
        assertThat(json(Cli.run("kinetics", "--db", file.toString(), "--json", "--test", "Total PSA"))
                .get("pointsUsed").asInt()).isEqualTo(4);
    }

    @Test
    void otherTestsAndBadOptionsAreRefusedPlainly() {
        Path file = handComputableJournal();
        Cli.Result hgb = Cli.run("kinetics", "--db", file.toString(), "--test", "hemoglobin");
        assertThat(hgb.exit()).isEqualTo(1);
        assertThat(hgb.err().strip()).isEqualTo("Kinetics are worked out for PSA only (psa or psa-us), not for Hemoglobin.");

        Cli.Result unknown = Cli.run("kinetics", "--db", file.toString(), "--test", "glucose");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Unknown test \"glucose\"");

        Cli.Result badDate = Cli.run("kinetics", "--db", file.toString(), "--from", "2024-02-30");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2024-02-30' is not a date");

        Cli.Result backwards = Cli.run("kinetics", "--db", file.toString(), "--from", "2024-05-01", "--to", "2024-01-01");
        assertThat(backwards.exit()).isEqualTo(2);
        assertThat(backwards.err()).contains("before");
    }

    @Test
    void theDbOptionMayComeBeforeTheCommand() throws Exception {
        JsonNode k = json(Cli.run("--db", handComputableJournal().toString(), "kinetics", "--json"));
        assertThat(k.get("pointsUsed").asInt()).isEqualTo(4);
    }

    @Test
    void aMissingJournalIsNotCreated() {
        Path missing = dir.resolve("missing.db");
        Cli.Result r = Cli.run("kinetics", "--db", missing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("There is no journal at " + missing);
        assertThat(Files.exists(missing)).isFalse();
    }
}
