package org.carejournal.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.Numbers;
import org.carejournal.domain.Person;

/** The kinetics figures as plain lines of text, the same figures {@link KineticsJson} writes. */
final class KineticsLines {
    private KineticsLines() {}

    static List<String> of(LabTest test, DateRange range, LocalDate treatmentStart, Person person, KineticsReport k) {
        String unit = test.canonicalUnit().symbol();
        List<String> lines = new ArrayList<>();
        lines.add(test.displayName() + " kinetics" + (person == null ? "" : " for " + person.name())
                + ", " + rangeText(range));
        lines.add("Treatment start:        " + (treatmentStart == null ? "not set" : treatmentStart));
        lines.add("Values used:            " + k.pointsUsed() + " (left out: " + k.pointsCensored()
                + " below the detection limit, " + k.pointsExcluded() + " excluded by you)");
        lines.add("Doubling time:          " + (k.doublingTimeDays() == null ? "not rising"
                : days(k.doublingTimeDays()) + " (" + months(k.doublingTimeMonths()) + ")"));
        lines.add("Halving time:           " + (k.halvingTimeDays() == null ? "not falling"
                : days(k.halvingTimeDays()) + " (" + months(k.halvingTimeMonths()) + ")"));
        lines.add("Velocity:               " + (k.velocityPerYear() == null ? "not enough values"
                : signed(k.velocityPerYear()) + " " + unit + " per year"));
        lines.add("Baseline:               " + point(k.baseline(), unit));
        lines.add("Nadir:                  " + point(k.nadir(), unit)
                + (k.timeToNadirDays() == null ? "" : ", " + k.timeToNadirDays() + " days after the start"));
        lines.add("Change from baseline:   " + (k.changeFromBaselinePercent() == null ? "not available"
                : signed(k.changeFromBaselinePercent()) + " %"));
        lines.add("Response (50 % fall):   " + lower(k.response()));
        lines.add("Progression (PCWG2/3):  " + lower(k.progression())
                + (k.progressionDate() == null ? "" : ", first met " + k.progressionDate()));
        for (String note : k.notes()) lines.add("Note: " + note);
        return lines;
    }

    private static String rangeText(DateRange r) {
        if (r.from() == null && r.to() == null) return "all dates";
        return (r.from() == null ? "the first result" : r.from().toString()) + " to "
                + (r.to() == null ? "the latest" : r.to().toString());
    }

    private static String point(LabResult r, String unit) {
        return r == null ? "none" : r.value().display() + " " + unit + " on " + r.date();
    }

    private static String days(double d) {
        return Numbers.format(d) + " days";
    }

    private static String months(double m) {
        return String.format(Locale.ROOT, "%.1f months", m);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Numbers.format(v);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
