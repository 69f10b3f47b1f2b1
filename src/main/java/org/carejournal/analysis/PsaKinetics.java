package org.carejournal.analysis;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;

/**
 * PSA doubling time, velocity, baseline, nadir, response and PCWG2/3 progression (DOMAIN.md,
 * "PSA kinetics: definitions"). Pure functions: no state, no I/O.
 */
public final class PsaKinetics {

    /** Days in an average month, for reporting times in months. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;
    /** PCWG2 asks for values at least this many days apart. */
    static final int SPACING_DAYS = 28;

    private static final double LN2 = Math.log(2);

    private PsaKinetics() {}

    /**
     * @param results        all lab results of ONE test (PSA or ultrasensitive PSA), any order,
     *                       including excluded and censored ones
     * @param range          the visible date range ({@link DateRange#ALL} for everything); fits use values
     *                       inside it, and nadir, response and progression look at values up to its end
     * @param treatmentStart start of the current treatment line, may be null
     * @throws IllegalArgumentException when the results are of more than one test
     */
    public static KineticsReport compute(List<LabResult> results, DateRange range, LocalDate treatmentStart) {
        Objects.requireNonNull(results, "results");
        DateRange visible = range == null ? DateRange.ALL : range;
        LabTest test = singleTest(results);

        List<LabResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(LabResult::date)); // stable: same-day values keep their order
        List<LabResult> included = sorted.stream().filter(r -> !r.excluded()).toList();
        List<LabResult> inRange = sorted.stream().filter(r -> visible.contains(r.date())).toList();

        int excluded = (int) inRange.stream().filter(LabResult::excluded).count();
        int censored = (int) inRange.stream().filter(r -> !r.excluded() && r.value().censored()).count();
        // A value of 0 cannot be entered (LabEntryCheck); leaving it out keeps ln() finite anyway.
        List<LabResult> used = inRange.stream()
                .filter(r -> !r.excluded() && !r.value().censored() && r.value().value() > 0).toList();

        Fit fit = Fit.of(used);

        int baseIndex = PsaCriteria.baselineIndex(included, visible, treatmentStart);
        LabResult baseline = baseIndex < 0 ? null : included.get(baseIndex);
        List<LabResult> series = baseIndex < 0 ? List.of() : included.subList(baseIndex, included.size()).stream()
                .filter(r -> visible.to() == null || !r.date().isAfter(visible.to())).toList();

        LabResult nadir = PsaCriteria.nadir(series);
        LocalDate clockStart = treatmentStart != null ? treatmentStart : baseline == null ? null : baseline.date();
        // A nadir taken before the start is the baseline itself: no time has passed on treatment.
        Long timeToNadir = nadir == null ? null : Math.max(0, DAYS.between(clockStart, nadir.date()));

        Double change = null;
        LabResult latest = latestUncensoredInRange(series, visible);
        if (latest != null && baseline.value().value() > 0) {
            change = (latest.value().value() - baseline.value().value()) / baseline.value().value() * 100;
        }

        Response response = PsaCriteria.response(series);
        PsaCriteria.Finding finding = baseline == null ? PsaCriteria.Finding.NONE
                : PsaCriteria.progression(series, clockStart);

        List<String> notes = KineticsNotes.build(used, fit.usable(), censored, excluded,
                treatmentStart, baseline, response, finding.status());

        return new KineticsReport(test, used.size(), censored, excluded,
                fit.doublingDays(), months(fit.doublingDays()), fit.halvingDays(), months(fit.halvingDays()),
                fit.velocityPerYear(), baseline, nadir, timeToNadir, change,
                response, finding.status(), finding.date(), notes);
    }

    /** The fitted slopes: ln(PSA) per day and PSA per day, both null when they cannot be fitted. */
    record Fit(Double logSlope, Double linearSlope) {

        static Fit of(List<LabResult> used) {
            if (used.size() < 2) return new Fit(null, null);
            LocalDate origin = used.get(0).date();
            double[] x = new double[used.size()];
            double[] y = new double[used.size()];
            double[] lnY = new double[used.size()];
            for (int i = 0; i < used.size(); i++) {
                x[i] = DAYS.between(origin, used.get(i).date());
                y[i] = used.get(i).value().value();
                lnY[i] = Math.log(y[i]);
            }
            return new Fit(LeastSquares.slope(x, lnY), LeastSquares.slope(x, y));
        }

        boolean usable() { return logSlope != null; }

        Double doublingDays() { return logSlope != null && logSlope > 0 ? LN2 / logSlope : null; }

        Double halvingDays() { return logSlope != null && logSlope < 0 ? LN2 / -logSlope : null; }

        Double velocityPerYear() { return linearSlope == null ? null : linearSlope * 365.25; }
    }

    private static Double months(Double days) {
        return days == null ? null : days / DAYS_PER_MONTH;
    }

    private static LabResult latestUncensoredInRange(List<LabResult> series, DateRange range) {
        for (int i = series.size() - 1; i >= 0; i--) {
            LabResult r = series.get(i);
            if (!r.value().censored() && range.contains(r.date())) return r;
        }
        return null;
    }

    private static LabTest singleTest(List<LabResult> results) {
        LabTest test = null;
        for (LabResult r : results) {
            if (test == null) test = r.test();
            else if (r.test() != test) {
                throw new IllegalArgumentException("Kinetics are computed for one test at a time, got "
                        + test.displayName() + " and " + r.test().displayName());
            }
        }
        return test;
    }
}
