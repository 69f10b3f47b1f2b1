package org.carejournal.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carejournal.app.Main;
import org.junit.jupiter.api.Test;

/** The benchmark's report shape, at a tiny size. No timing is asserted: speed is the bench's job, not a test's. */
class BenchTest {
    static final Pattern METRIC_LINE = Pattern.compile("^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+ -?\\d+(\\.\\d+)? [a-z]+$");

    @Test
    void printsOneMetricValueUnitLinePerFigureThenTheBudgets() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("bench", "--runs", "1", "--warmups", "0", "--years", "1", "--csv-rows", "40", "--no-startup");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(stdout + err).isZero();

        List<String> lines = Arrays.asList(stdout.strip().split("\\R"));
        int budgets = lines.indexOf("budgets:");
        assertThat(budgets).as(stdout).isPositive();
        List<String> figures = lines.subList(0, budgets);
        assertThat(figures).allSatisfy(l -> assertThat(l).matches(METRIC_LINE));
        assertThat(figures).extracting(l -> l.split(" ")[0])
                .contains("journal.open.ms", "labs.psaScreen.build.ms", "csv.import10k.ms", "heavy.labs", "heavy.csv.rows",
                        "heavy.checkIns", "heavy.painEntries", "checkin.loadToday.ms", "checkin.save.ms",
                        "checkin.redFlags.ms", "symptoms.painChart10y.ms", "symptoms.heatmap1y.ms", "heavy.medicines",
                        "heavy.doseEvents", "meds.todaysDoses.ms", "meds.adherence10y.ms", "meds.regenerateReminders.ms",
                        "meds.icsExport12m.ms", "library.search.ms", "library.chooseArticles.ms",
                        "library.renderLongest.ms", "report.pdf12m.ms",
                        "export.json.ms", "backup.ms", "restore.ms")
                .doesNotContain("startup.firstFrame.ms");
        assertThat(stdout).contains("heavy.csv.rows 40 rows").contains("heavy.labs 91 results")
                .contains("heavy.medicines 12 medicines");

        List<String> verdicts = lines.subList(budgets + 1, budgets + 1 + Bench.BUDGETS.size());
        assertThat(verdicts.get(0)).matches("journal\\.open\\.ms \\d+(\\.\\d)? <= 150 (OK|OVER)");
        assertThat(verdicts.get(1)).matches("labs\\.psaScreen\\.build\\.ms \\d+(\\.\\d)? <= 30 (OK|OVER)");
        assertThat(verdicts.get(2)).matches("csv\\.import10k\\.ms \\d+(\\.\\d)? <= 1000 (OK|OVER)");
        assertThat(verdicts.get(3)).matches("checkin\\.loadToday\\.ms \\d+(\\.\\d)? <= 20 (OK|OVER)");
        assertThat(verdicts.get(7)).matches("symptoms\\.heatmap1y\\.ms \\d+(\\.\\d)? <= 50 (OK|OVER)");
        assertThat(verdicts.get(9)).matches("meds\\.adherence10y\\.ms \\d+(\\.\\d)? <= 100 (OK|OVER)");
        assertThat(verdicts.get(11)).matches("meds\\.icsExport12m\\.ms \\d+(\\.\\d)? <= 500 (OK|OVER)");
        assertThat(verdicts.get(12)).startsWith("startup.firstFrame.ms not measured");
        assertThat(verdicts.get(13)).matches("library\\.search\\.ms \\d+(\\.\\d)? <= 20 (OK|OVER)");
        assertThat(verdicts.get(14)).matches("library\\.chooseArticles\\.ms \\d+(\\.\\d)? <= 5 (OK|OVER)");
        assertThat(verdicts.get(15)).matches("library\\.renderLongest\\.ms \\d+(\\.\\d)? <= 50 (OK|OVER)");
        assertThat(verdicts.get(16)).matches("report\\.pdf12m\\.ms \\d+(\\.\\d)? <= 1500 (OK|OVER)");
        assertThat(verdicts.get(17)).matches("export\\.json\\.ms \\d+(\\.\\d)? <= 1000 (OK|OVER)");
        assertThat(verdicts.get(18)).matches("backup\\.ms \\d+(\\.\\d)? <= 1000 (OK|OVER)");
        assertThat(verdicts.get(19)).matches("restore\\.ms \\d+(\\.\\d)? <= 1500 (OK|OVER)");

        Matcher folder = Pattern.compile("building the heavy journal in (\\S+)").matcher(err.toString(StandardCharsets.UTF_8));
        assertThat(folder.find()).isTrue();
        assertThat(Files.exists(Path.of(folder.group(1)))).as("temporary folder deleted").isFalse();
    }

    @Test
    void budgetsSayOkOverOrNotMeasured() {
        Map<String, Figure> figures = Map.of(
                "a.ms", new Figure("a.ms", 12.34, "ms"),
                "b.ms", new Figure("b.ms", 200, "ms"),
                "first.ms", new Figure("first.ms", 1000, "ms"),
                "empty.ms", new Figure("empty.ms", 600, "ms"));
        assertThat(Budget.atMost("a.ms", 150).line(figures)).isEqualTo("a.ms 12.3 <= 150 OK");
        assertThat(Budget.atMost("b.ms", 150).line(figures)).isEqualTo("b.ms 200 <= 150 OVER");
        assertThat(Budget.atMost("b.ms", 150).over(figures)).isTrue();
        assertThat(Budget.atMost("c.ms", 150).line(figures)).isEqualTo("c.ms not measured (budget <= 150)");
        assertThat(Budget.atMost("c.ms", 150).over(figures)).isFalse();
        Budget relative = Budget.timesAtMost("first.ms", 1.5, "empty.ms");
        assertThat(relative.line(figures)).isEqualTo("first.ms 1000 <= 1.5 x empty.ms = 900 OVER");
        assertThat(relative.over(figures)).isTrue();
    }

    @Test
    void theMedianIgnoresOneSlowRun() {
        assertThat(Timing.median(new double[] {5, 1, 900})).isEqualTo(5);
        assertThat(Timing.median(new double[] {4, 1, 900, 2})).isEqualTo(3);
        int[] calls = {0};
        assertThat(Timing.median(2, 3, () -> ++calls[0])).isEqualTo(4);
        assertThat(calls[0]).isEqualTo(5);
    }
}
