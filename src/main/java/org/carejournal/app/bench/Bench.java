package org.carejournal.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.report.ImportPreview;
import org.carejournal.report.ImportSummary;
import org.carejournal.report.LabCsvImport;
import org.carejournal.charts.LabChartData;

/**
 * {@code care-journal bench}: builds the heavy journal in a temporary folder, times what a person
 * waits for, prints one {@code metric value unit} line per figure and then each figure against its
 * budget. Every figure is the median of several warm runs. The folder is deleted at the end.
 */
public final class Bench {

    /**
     * @param runs     timed runs per figure (the median is reported)
     * @param warmups  untimed runs before them
     * @param years    years of labs in the heavy journal
     * @param csvRows  rows of the CSV to import
     * @param startup  also time the app's and an empty window's startup (needs a display)
     */
    public record Options(int runs, int warmups, int years, int csvRows, boolean startup) {
        public static Options standard() {
            return new Options(5, 2, 10, 10_000, true);
        }
    }

    static final String OPEN = "journal.open.ms";
    static final String PSA_SCREEN = "labs.psaScreen.build.ms";
    static final String IMPORT = "csv.import10k.ms";
    static final String LOAD_TODAY = "checkin.loadToday.ms";
    static final String SAVE_CHECK_IN = "checkin.save.ms";
    static final String RED_FLAGS = "checkin.redFlags.ms";
    static final String PAIN_CHART = "symptoms.painChart10y.ms";
    static final String HEATMAP = "symptoms.heatmap1y.ms";
    static final String TODAYS_DOSES = "meds.todaysDoses.ms";
    static final String ADHERENCE = "meds.adherence10y.ms";
    static final String REMINDERS = "meds.regenerateReminders.ms";
    static final String ICS = "meds.icsExport12m.ms";
    static final String SEARCH = "library.search.ms";
    static final String CHOOSE = "library.chooseArticles.ms";
    static final String RENDER = "library.renderLongest.ms";
    static final String FIRST_FRAME = "startup.firstFrame.ms";
    static final String EMPTY_WINDOW = "startup.emptyWindow.ms";
    static final String SUMMARY_PDF = "report.pdf12m.ms";
    static final String EXPORT_JSON = "export.json.ms";
    static final String BACKUP = "backup.ms";
    static final String RESTORE = "restore.ms";
    /** Runs of each startup program; each is a new JVM, so fewer than the in-process figures. */
    static final int STARTUP_RUNS = 5;

    static final List<Budget> BUDGETS = List.of(
            Budget.atMost(OPEN, 150),
            Budget.atMost(PSA_SCREEN, 30),
            Budget.atMost(IMPORT, 1000),
            Budget.atMost(LOAD_TODAY, 20),
            Budget.atMost(SAVE_CHECK_IN, 20),
            Budget.atMost(RED_FLAGS, 10),
            Budget.atMost(PAIN_CHART, 50),
            Budget.atMost(HEATMAP, 50),
            Budget.atMost(TODAYS_DOSES, 20),
            Budget.atMost(ADHERENCE, 100),
            Budget.atMost(REMINDERS, 100),
            Budget.atMost(ICS, 500),
            Budget.timesAtMost(FIRST_FRAME, 1.5, EMPTY_WINDOW),
            Budget.atMost(SEARCH, 20),
            Budget.atMost(CHOOSE, 5),
            Budget.atMost(RENDER, 50),
            Budget.atMost(SUMMARY_PDF, 1500),
            Budget.atMost(EXPORT_JSON, 1000),
            Budget.atMost(BACKUP, 1000),
            Budget.atMost(RESTORE, 1500));

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock = Clock.systemDefaultZone();
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    public Bench(Options options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Measures, prints the figures and the budgets, and returns the figures by metric. */
    public Map<String, Figure> run() {
        Path dir = createTempFolder();
        try {
            LocalDate today = LocalDate.now(clock);
            HeavyJournal heavy = new HeavyJournal(today, options.years());
            Path journal = dir.resolve("heavy.db");
            Path csv = dir.resolve("labs.csv");
            progress("building the heavy journal in " + dir);
            HeavyJournal.Written written = heavy.writeJournal(journal);
            heavy.writeCsv(csv, options.csvRows());
            report(new Figure("heavy.labs", written.results(), "results"));
            report(new Figure("heavy.checkIns", written.checkIns(), "entries"));
            report(new Figure("heavy.painEntries", written.painEntries(), "entries"));
            report(new Figure("heavy.medicines", written.medicines(), "medicines"));
            report(new Figure("heavy.doseEvents", written.doseEvents(), "events"));
            report(new Figure("heavy.csv.rows", options.csvRows(), "rows"));
            report(new Figure("bench.runs", options.runs(), "runs"));

            progress("timing " + OPEN);
            report(new Figure(OPEN, timeOpen(journal), "ms"));
            progress("timing " + PSA_SCREEN);
            report(new Figure(PSA_SCREEN, timePsaScreen(journal), "ms"));
            progress("timing " + IMPORT);
            report(new Figure(IMPORT, timeImport(journal, csv, dir), "ms"));
            new CheckInBench(options, this::progress, this::report).run(journal, today);
            new MedicationBench(options, this::progress, this::report).run(journal, today);
            new LibraryBench(options, this::progress, this::report).run(journal, toolkitAvailable());
            new SummaryBench(options, this::progress, this::report).run(journal, today, dir);
            new ExportBench(options, this::progress, this::report).run(journal, dir);
            new BackupBench(options, this::progress, this::report).run(journal, dir);
            timeStartup(journal, dir);

            out.println("budgets:");
            for (Budget b : BUDGETS) out.println(b.line(figures));
            List<String> over = BUDGETS.stream().filter(b -> b.over(figures)).map(Budget::metric).toList();
            out.println(over.isEmpty() ? "all measured figures are within budget" : "OVER budget: " + String.join(", ", over));
            out.flush();
            return Map.copyOf(figures);
        } finally {
            deleteTree(dir);
        }
    }

    /** Opening the file (pragmas, migration check) and reading the people, as the app does first. */
    private double timeOpen(Path journal) {
        return Timing.median(options.warmups(), options.runs(), () -> {
            long start = System.nanoTime();
            double ms;
            try (JournalSession s = JournalSession.open(journal)) {
                if (s.people().all().isEmpty()) throw new IllegalStateException("the heavy journal has nobody in it");
                ms = Timing.msSince(start);
            }
            return ms;
        });
    }

    /** What the PSA screen does when it is shown: read the PSA results and build the chart data and kinetics. */
    private double timePsaScreen(Path journal) {
        try (JournalSession s = JournalSession.open(journal)) {
            long person = s.people().all().get(0).id();
            LocalDate treatmentStart = s.settings().treatmentStart(person).orElse(null);
            return Timing.median(options.warmups(), options.runs(), () -> {
                long start = System.nanoTime();
                List<LabResult> psa = s.labs().forTest(person, LabTest.PSA);
                LabChartData data = LabChartData.build(LabTest.PSA, psa, DateRange.ALL, treatmentStart);
                double ms = Timing.msSince(start);
                if (data.pointCount() == 0) throw new IllegalStateException("the PSA screen has nothing to draw");
                return ms;
            });
        }
    }

    /** Preview and commit of the whole CSV into a fresh copy of the heavy journal, copied outside the timing. */
    private double timeImport(Path journal, Path csv, Path dir) {
        Path copy = dir.resolve("import-copy.db");
        return Timing.median(options.warmups(), options.runs(), () -> {
            deleteJournal(copy);
            Files.copy(journal, copy);
            try (JournalSession s = JournalSession.open(copy)) {
                long person = s.people().all().get(0).id();
                LabCsvImport importer = new LabCsvImport(s.labs(), clock);
                long start = System.nanoTime();
                ImportPreview preview = importer.preview(person, csv, null);
                ImportSummary summary = importer.commit(person, preview);
                double ms = Timing.msSince(start);
                if (summary.imported() != options.csvRows()) {
                    throw new IllegalStateException("the benchmark CSV imported " + summary.imported() + " of "
                            + options.csvRows() + " rows");
                }
                return ms;
            } finally {
                deleteJournal(copy);
            }
        });
    }

    /** Rendering needs the JavaFX toolkit: a display, or the headless platform the tests run on. */
    private static boolean toolkitAvailable() {
        return StartupProbe.displayAvailable() || "Monocle".equals(System.getProperty("glass.platform"));
    }

    /** The app's first frame against an empty window, each a new JVM; needs a display. */
    private void timeStartup(Path journal, Path dir) {
        if (!options.startup()) return;
        if (!StartupProbe.displayAvailable()) {
            out.println(FIRST_FRAME + " skipped (no display)");
            out.println(EMPTY_WINDOW + " skipped (no display)");
            return;
        }
        progress("timing " + FIRST_FRAME + " and " + EMPTY_WINDOW + " (new JVMs)");
        Path appJournal = dir.resolve("startup.db");
        try {
            Files.copy(journal, appJournal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StartupProbe probe = new StartupProbe(dir);
        List<String> appArgs = List.of("--timing", "--exit-after-first-frame", "--db", appJournal.toString());
        List<Double> app = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        String problem = null;
        // One start of each first, untimed, so both find the class files in the OS cache; then alternate.
        for (int i = -1; i < STARTUP_RUNS && problem == null; i++) {
            StartupProbe.Outcome a = probe.run("org.carejournal.app.Main", appArgs, FIRST_FRAME);
            StartupProbe.Outcome e = probe.run(EmptyWindowProbe.class.getName(), List.of(), EMPTY_WINDOW);
            if (a.problem() != null) problem = FIRST_FRAME + " failed (" + a.problem() + ")";
            else if (e.problem() != null) problem = EMPTY_WINDOW + " failed (" + e.problem() + ")";
            else if (i >= 0) {
                app.add(a.ms());
                empty.add(e.ms());
            }
        }
        if (problem != null) {
            out.println(problem);
            return;
        }
        report(new Figure(FIRST_FRAME, Timing.median(app.stream().mapToDouble(Double::doubleValue).toArray()), "ms"));
        report(new Figure(EMPTY_WINDOW, Timing.median(empty.stream().mapToDouble(Double::doubleValue).toArray()), "ms"));
    }

    void report(Figure f) {
        figures.put(f.metric(), f);
        out.println(f);
        out.flush();
    }

    /** Progress goes to stderr, so stdout holds only figures and budgets. */
    void progress(String what) {
        err.println("bench: " + what);
        err.flush();
    }

    private static Path createTempFolder() {
        try {
            return Files.createTempDirectory("care-journal-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the benchmark: " + e.getMessage(), e);
        }
    }

    private static void deleteJournal(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("The benchmark's temporary folder " + dir + " could not be deleted: " + e.getMessage(), e);
        }
    }
}
