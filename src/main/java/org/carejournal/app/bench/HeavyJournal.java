package org.carejournal.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;

/**
 * The synthetic heavy journal the benchmark times (DESIGN.md, "Tests and benchmarks"): one person
 * with {@code years} of labs, a PSA and every other test each 30 days, a lab CSV of distinct readings
 * to import, (see {@link HeavyCheckIns}) a check-in and a pain entry every day, and (see
 * {@link HeavyMedications}) 12 medicines with their dose log. Deterministic: fixed seed, dates counted back from {@code today}.
 *
 * <p>The PSA story has four treatment lines, each a fall and then a rise, so the kinetics see
 * everything: falls below the detection limit ("&lt;0.1"), rises, and progression.
 */
public final class HeavyJournal {

    /** Days between two blood tests in the journal. */
    public static final int EVERY_DAYS = 30;
    private static final long SEED = 20_261_124L;
    private static final String LAB = "City Hospital Lab";

    /**
     * The PSA story as {fraction of the span, ng/mL}, joined by straight lines on a log scale:
     * rising at diagnosis, ADT (a fall below the detection limit, then a slow rise), then enzalutamide,
     * docetaxel and lutetium-PSMA, each a fall and a rise again; rising at the end.
     */
    private static final double[][] PSA_POINTS = {
            {0.00, 6}, {0.03, 14}, {0.10, 0.06}, {0.14, 0.06}, {0.38, 6.5}, {0.46, 0.4},
            {0.68, 9}, {0.76, 1.2}, {0.90, 14}, {0.95, 3}, {1.00, 9}};
    private static final double[] LINE_STARTS = {0.03, 0.38, 0.68, 0.90};

    private final LocalDate today;
    private final int years;

    public HeavyJournal(LocalDate today, int years) {
        this.today = today;
        this.years = years;
    }

    /** What {@link #writeJournal} wrote. */
    public record Written(long personId, int results, LocalDate treatmentStart, int checkIns, int painEntries,
                          int medicines, int doseEvents) {}

    /** The first day of the journal. */
    LocalDate firstDay() {
        return today.minusDays(Math.round(years * 365.25));
    }

    /** The days with blood tests in the journal: every 30 days from the first day, the last before today. */
    List<LocalDate> testDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = firstDay(); d.isBefore(today); d = d.plusDays(EVERY_DAYS)) days.add(d);
        return days;
    }

    /** The PSA story's treatment line starts, oldest first. */
    List<LocalDate> lineStarts() {
        List<LocalDate> starts = new ArrayList<>();
        for (double f : LINE_STARTS) starts.add(dayAt(f));
        return starts;
    }

    LocalDate treatmentStart() {
        return dayAt(LINE_STARTS[LINE_STARTS.length - 1]);
    }

    /** Creates the journal at {@code file} (which must not hold a journal yet): one person, all labs, a treatment start. */
    public Written writeJournal(Path file) {
        List<LabResult> labs = new ArrayList<>();
        Random noise = new Random(SEED);
        for (LocalDate day : testDays()) {
            for (LabTest test : LabTest.values()) labs.add(result(test, day, value(test, day, noise)));
        }
        try (JournalSession s = JournalSession.open(file)) {
            return s.database().inTransaction(c -> {
                Person p = s.people().create("Heavy Benchmark");
                s.labs().addAll(p.id(), labs);
                s.settings().setTreatmentStart(p.id(), treatmentStart());
                HeavyCheckIns.Written daily = HeavyCheckIns.write(s, p.id(), firstDay(), today);
                HeavyMedications.Written meds = HeavyMedications.write(s.medicationPorts(), p.id(), firstDay(),
                        lineStarts(), today);
                return new Written(p.id(), labs.size(), treatmentStart(), daily.checkIns(), daily.painEntries(),
                        meds.medicines(), meds.doseEvents());
            });
        }
    }

    /**
     * Writes a lab CSV of {@code rows} readings (header "Date,Test,Value,Unit,Lab", ISO dates): every
     * test on each day from yesterday backwards, skipping the journal's test days so no row is a duplicate.
     */
    public void writeCsv(Path file, int rows) {
        Set<LocalDate> taken = new HashSet<>(testDays());
        Random noise = new Random(SEED + 1);
        LabTest[] tests = LabTest.values();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Date,Test,Value,Unit,Lab\n");
            int written = 0;
            for (LocalDate day = today.minusDays(1); written < rows; day = day.minusDays(1)) {
                if (taken.contains(day)) continue;
                for (int i = 0; i < tests.length && written < rows; i++, written++) {
                    LabValue v = value(tests[i], day, noise);
                    w.write(day + "," + tests[i].displayName() + "," + v.display() + ","
                            + tests[i].canonicalUnit().symbol() + "," + LAB + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A believable value of {@code test} on {@code day}, in the test's canonical unit. */
    LabValue value(LabTest test, LocalDate day, Random noise) {
        double wobble = noise.nextGaussian();
        double t = fraction(day);
        return switch (test) {
            case PSA -> psa(day, 1 + wobble * 0.06, 0.1, 2);
            case PSA_ULTRASENSITIVE -> psa(day, 1 + wobble * 0.04, 0.01, 3);
            // castrate once ADT starts
            case TESTOSTERONE -> LabValue.exact(Math.round(t < LINE_STARTS[0] ? 430 + wobble * 40 : 22 + Math.abs(wobble) * 8));
            case ALKALINE_PHOSPHATASE -> LabValue.exact(Math.round(Math.max(40, 70 + 60 * Math.log1p(psaLevel(day)) + wobble * 8)));
            case HEMOGLOBIN -> LabValue.exact(round(14.2 - 3.0 * t + wobble * 0.3, 1));
            case CREATININE -> LabValue.exact(round(0.9 + 0.3 * t + wobble * 0.05, 2));
            case CALCIUM -> LabValue.exact(round(9.4 + wobble * 0.25, 1));
        };
    }

    private LabValue psa(LocalDate day, double factor, double limit, int decimals) {
        double v = round(psaLevel(day) * factor, decimals);
        return v < limit ? LabValue.below(limit) : LabValue.exact(v);
    }

    /** The story's PSA on {@code day}, ng/mL. */
    double psaLevel(LocalDate day) {
        double t = fraction(day);
        if (t <= PSA_POINTS[0][0]) return PSA_POINTS[0][1];
        for (int i = 1; i < PSA_POINTS.length; i++) {
            if (t <= PSA_POINTS[i][0]) {
                double along = (t - PSA_POINTS[i - 1][0]) / (PSA_POINTS[i][0] - PSA_POINTS[i - 1][0]);
                return Math.exp(Math.log(PSA_POINTS[i - 1][1]) + along * (Math.log(PSA_POINTS[i][1]) - Math.log(PSA_POINTS[i - 1][1])));
            }
        }
        return PSA_POINTS[PSA_POINTS.length - 1][1];
    }

    private double fraction(LocalDate day) {
        return (day.toEpochDay() - firstDay().toEpochDay()) / spanDays();
    }

    private double spanDays() {
        return today.toEpochDay() - firstDay().toEpochDay();
    }

    private LocalDate dayAt(double fraction) {
        return firstDay().plusDays(Math.round(fraction * spanDays()));
    }

    private static LabResult result(LabTest test, LocalDate day, LabValue value) {
        return new LabResult(0, test, day, value, value.display(), test.canonicalUnit().symbol(), LAB, "", false);
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
