package org.carejournal.domain.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;

/**
 * A made-up but realistic three-year journal, for the sample journal, screenshots and demos.
 *
 * <p>Robert was found to have metastatic prostate cancer (bone) about three years ago with a PSA near 48.
 * He started ADT (leuprolide): PSA fell over about 8 months to a nadir near 0.6, then rose again with
 * a doubling time of about 5½ months, meeting the PCWG2/3 definition of progression. Abiraterone was
 * added about 14 months ago: PSA fell below the detection limit once and is just starting to rise.
 * Testosterone is castrate after ADT starts; hemoglobin drifts down; alkaline phosphatase follows
 * the bone disease.
 *
 * <p>Everything is deterministic: the dates are fixed day offsets back from {@code today} and the
 * small noise comes from a fixed seed, so the shape of the story never changes.
 */
public final class SampleStory {

    /** Days from the ADT start back to today. */
    private static final int ADT_DAYS_AGO = 1080;
    /** Days after the ADT start that abiraterone was added (about 14 months before today). */
    private static final int ABIRATERONE_DAY = 655;

    private static final String CITY = "City Hospital Lab";
    private static final String RIVERSIDE = "Riverside Clinic Lab";

    /** PSA as {day after ADT start, value}; a negative value is a censored result "&lt;limit". */
    private static final double[][] PSA = {
            {-24, 44.8}, {-4, 48.1},
            // ADT: the fall to the nadir at about 8 months
            {30, 15.2}, {61, 5.8}, {92, 2.4}, {153, 1.05}, {214, 0.71}, {245, 0.58},
            // the rise on ADT alone (doubling time about 5.4 months)
            {306, 0.79}, {366, 0.93}, {427, 1.28}, {488, 1.55}, {549, 2.12}, {580, 2.31}, {611, 2.71}, {641, 3.12},
            // abiraterone from day 655
            {683, 1.42}, {713, 0.51}, {746, 0.22}, {807, 0.11}, {869, -0.1}, {930, 0.12}, {991, 0.17}, {1052, 0.26}};

    /** Days after the ADT start of the broader blood panel, about every three months. */
    private static final int[] PANEL = {-24, 92, 183, 274, 366, 457, 549, 641, 732, 823, 915, 1006, 1052};

    /** Alkaline phosphatase, U/L, as {day, value}: high with bone disease, lower when treatment works. */
    private static final double[][] ALP = {
            {-24, 212}, {183, 118}, {366, 92}, {457, 97}, {549, 124}, {641, 151}, {823, 104}, {1006, 98}, {1052, 109}};

    private SampleStory() {}

    public static String personName() { return "Robert (sample)"; }

    /** The first leuprolide injection. */
    public static LocalDate adtStart(LocalDate today) { return today.minusDays(ADT_DAYS_AGO); }

    /** The day abiraterone (with prednisone) was added to ADT. */
    public static LocalDate abirateroneStart(LocalDate today) { return adtStart(today).plusDays(ABIRATERONE_DAY); }

    /** Every lab result of the story, sorted by date (then by test), all on or before {@code today}. */
    public static List<LabResult> labs(LocalDate today) {
        LocalDate adt = adtStart(today);
        List<LabResult> labs = new ArrayList<>();
        for (double[] p : PSA) {
            int day = (int) p[0];
            LabValue value = p[1] < 0 ? LabValue.below(-p[1]) : LabValue.exact(p[1]);
            labs.add(result(LabTest.PSA, adt.plusDays(day), value, day < 0 ? RIVERSIDE : CITY, psaNote(day)));
        }
        Random noise = new Random(20_240_611L);
        for (int day : PANEL) {
            LocalDate date = adt.plusDays(day);
            String lab = day < 0 ? RIVERSIDE : CITY;
            if (day == 274) {
                // One result from another lab, reported in nmol/L: the journal keeps what was typed.
                double nmol = 0.8;
                labs.add(new LabResult(0, LabTest.TESTOSTERONE, date,
                        LabValue.exact(LabTest.TESTOSTERONE.unit("nmol/L").orElseThrow().toCanonical(nmol)),
                        "0.8", "nmol/L", RIVERSIDE, "", false));
            } else {
                double testosterone = day < 0 ? 452 : Math.round(18 + noise.nextDouble() * 16);
                labs.add(result(LabTest.TESTOSTERONE, date, LabValue.exact(testosterone), lab, ""));
            }
            double alp = Math.round(interpolate(ALP, day) * (1 + (noise.nextDouble() - 0.5) * 0.08));
            labs.add(result(LabTest.ALKALINE_PHOSPHATASE, date, LabValue.exact(alp), lab, ""));
            double hemoglobin = 13.9 - 1.6 * (day + 24) / 1076.0 + (noise.nextDouble() - 0.5) * 0.4;
            labs.add(result(LabTest.HEMOGLOBIN, date, LabValue.exact(round(hemoglobin, 1)), lab, ""));
            double creatinine = 0.95 + (noise.nextDouble() - 0.5) * 0.16;
            labs.add(result(LabTest.CREATININE, date, LabValue.exact(round(creatinine, 2)), lab, ""));
            double calcium = 9.4 + (noise.nextDouble() - 0.5) * 0.5;
            labs.add(result(LabTest.CALCIUM, date, LabValue.exact(round(calcium, 1)), lab, ""));
        }
        labs.sort(Comparator.comparing(LabResult::date).thenComparing(LabResult::test));
        return List.copyOf(labs);
    }

    private static String psaNote(int day) {
        return switch (day) {
            case -24 -> "At diagnosis";
            case -4 -> "Before the first leuprolide injection";
            case 641 -> "Before starting abiraterone";
            default -> "";
        };
    }

    private static LabResult result(LabTest test, LocalDate date, LabValue value, String lab, String note) {
        return new LabResult(0, test, date, value, value.display(), test.canonicalUnit().symbol(), lab, note, false);
    }

    /** Straight line between the neighbouring points of {@code curve}, flat beyond its ends. */
    static double interpolate(double[][] curve, int day) {
        if (day <= curve[0][0]) return curve[0][1];
        for (int i = 1; i < curve.length; i++) {
            if (day <= curve[i][0]) {
                double t = (day - curve[i - 1][0]) / (curve[i][0] - curve[i - 1][0]);
                return curve[i - 1][1] + t * (curve[i][1] - curve[i - 1][1]);
            }
        }
        return curve[curve.length - 1][1];
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
