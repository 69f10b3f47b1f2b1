package org.carejournal.analysis;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;

/**
 * Baseline, nadir, response and PCWG2/3 progression over included (not excluded) PSA values
 * sorted by date. The rules are those of DOMAIN.md, "PSA kinetics: definitions".
 */
final class PsaCriteria {

    /** Days between a fall and the value confirming it. */
    static final int RESPONSE_CONFIRM_DAYS = 28;
    /** Days between a rise and the value confirming it. */
    static final int PROGRESSION_CONFIRM_DAYS = 21;
    /** With no fall, a rise counts only this many days (12 weeks) after the start. */
    static final int NO_DECLINE_WAIT_DAYS = 84;

    /** Values typed with 2 or 3 decimals are not exact in binary; compare with this slack. */
    private static final double EPS = 1e-9;

    private PsaCriteria() {}

    /** Where the rise criteria were first met, or NONE with a null date. */
    record Finding(Progression status, LocalDate date) {
        static final Finding NONE = new Finding(Progression.NONE, null);
    }

    /**
     * Index of the baseline in {@code included}, or -1. With a start: the last value on or before it
     * (searching all values, not only the range), else the first value after it. With no start: the
     * first value in the range.
     */
    static int baselineIndex(List<LabResult> included, DateRange range, LocalDate treatmentStart) {
        if (treatmentStart == null) {
            for (int i = 0; i < included.size(); i++) {
                if (range.contains(included.get(i).date())) return i;
            }
            return -1;
        }
        int last = -1;
        for (int i = 0; i < included.size(); i++) {
            if (!included.get(i).date().isAfter(treatmentStart)) last = i;
            else return last >= 0 ? last : i;
        }
        return last;
    }

    /** The lowest value of the series; on a tie the earliest, when the level was first reached. */
    static LabResult nadir(List<LabResult> series) {
        LabResult lowest = null;
        for (LabResult r : series) {
            if (lowest == null || r.value().value() < lowest.value().value()) lowest = r;
        }
        return lowest;
    }

    /**
     * Response over a series whose first value is the baseline. A censored value counts as a fall
     * when its limit is already 50 % or more below the baseline, since the real value is lower still.
     */
    static Response response(List<LabResult> series) {
        if (series.size() < 2) return Response.NONE;
        double half = series.get(0).value().value() * 0.5;
        for (int i = 1; i < series.size(); i++) {
            if (series.get(i).value().value() > half + EPS) continue;
            boolean anyLater = false;
            for (int j = i + 1; j < series.size(); j++) {
                if (daysBetween(series.get(i), series.get(j)) < RESPONSE_CONFIRM_DAYS) continue;
                anyLater = true;
                if (series.get(j).value().value() <= half + EPS) return Response.CONFIRMED;
            }
            // Every later value is closer than 4 weeks, so no later fall can be confirmed either.
            if (!anyLater) return Response.UNCONFIRMED;
        }
        return Response.NONE;
    }

    /**
     * PCWG2/3 progression over a series whose first value is the baseline.
     *
     * @param clockStart the treatment start, or the baseline date when none is set
     */
    static Finding progression(List<LabResult> series, LocalDate clockStart) {
        if (series.size() < 2) return Finding.NONE;
        double baseline = series.get(0).value().value();
        double nadir = baseline;
        for (int i = 1; i < series.size(); i++) {
            LabResult candidate = series.get(i);
            boolean declined = nadir < baseline;
            boolean counts = declined || DAYS.between(clockStart, candidate.date()) >= NO_DECLINE_WAIT_DAYS;
            if (counts && meetsRise(candidate, nadir)) {
                boolean anyLater = false;
                for (int j = i + 1; j < series.size(); j++) {
                    if (daysBetween(candidate, series.get(j)) < PROGRESSION_CONFIRM_DAYS) continue;
                    anyLater = true;
                    if (meetsRise(series.get(j), nadir)) return new Finding(Progression.CONFIRMED, candidate.date());
                }
                if (!anyLater) return new Finding(Progression.UNCONFIRMED, candidate.date());
                // Every value 3 weeks or more later fell back: drop this candidate and walk on.
            }
            nadir = Math.min(nadir, candidate.value().value());
        }
        return Finding.NONE;
    }

    /** At least 25 % and at least 2 ng/mL above the reference; a censored value never is. */
    static boolean meetsRise(LabResult r, double reference) {
        double v = r.value().value();
        return !r.value().censored() && v >= reference * 1.25 - EPS && v - reference >= 2 - EPS;
    }

    private static long daysBetween(LabResult a, LabResult b) {
        return DAYS.between(a.date(), b.date());
    }
}
