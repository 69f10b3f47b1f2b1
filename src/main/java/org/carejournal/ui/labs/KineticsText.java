package org.carejournal.ui.labs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.Progression;
import org.carejournal.analysis.Response;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.Numbers;

/**
 * Turns a {@link KineticsReport} into the lines of the kinetics panel: a name, the figure, and one
 * plain sentence saying what it means. Written in our own words from PCWG2/3 and Connolly 2007.
 */
public final class KineticsText {
    private KineticsText() {}

    /** One line of the panel. */
    public record Line(String id, String name, String value, String explanation) {}

    public static final String SOURCE = "Definitions: Prostate Cancer Clinical Trials Working Group (PCWG2, Scher 2008; "
            + "PCWG3, Scher 2016) and Connolly 2007 for velocity. These figures inform; your care team interprets them.";

    public static List<Line> lines(KineticsReport k) {
        List<Line> lines = new ArrayList<>();
        if (k.doublingTimeDays() != null) {
            lines.add(new Line("doubling", "Doubling time", days(k.doublingTimeDays()) + " (" + months(k.doublingTimeMonths()) + ")",
                    "How long PSA takes to double at its recent pace. Shorter means a faster rise."));
        } else if (k.halvingTimeDays() != null) {
            lines.add(new Line("doubling", "Doubling time", "Not rising",
                    "PSA is falling: it halves about every " + days(k.halvingTimeDays()) + " ("
                            + months(k.halvingTimeMonths()) + ")."));
        } else {
            lines.add(new Line("doubling", "Doubling time", "Not enough values",
                    "At least 2 values above the detection limit are needed."));
        }
        lines.add(new Line("velocity", "Velocity",
                k.velocityPerYear() == null ? "Not enough values" : signed(k.velocityPerYear()) + " ng/mL per year",
                "How many ng/mL PSA changes in a year, at its recent pace."));
        lines.add(new Line("baseline", "Baseline", point(k.baseline()),
                "The last PSA on or before the start of the current treatment: what later values are compared with."));
        String nadir = point(k.nadir());
        if (k.nadir() != null && k.timeToNadirDays() != null) nadir += ", after " + days(k.timeToNadirDays().doubleValue());
        lines.add(new Line("nadir", "Nadir", nadir, "The lowest PSA since the treatment started, and how long it took to get there."));
        lines.add(new Line("change", "Change from baseline",
                k.changeFromBaselinePercent() == null ? "No baseline" : signed(k.changeFromBaselinePercent()) + " %",
                "The latest PSA compared with the baseline. " + responseText(k.response())));
        lines.add(new Line("progression", "PSA progression", progressionValue(k.progression()), progressionText(k)));
        return lines;
    }

    /** True when the panel should show the "talk to your care team" box. */
    public static boolean needsAttention(KineticsReport k) {
        return k.progression() != Progression.NONE;
    }

    private static String progressionValue(Progression p) {
        return switch (p) {
            case NONE -> "Not met";
            case UNCONFIRMED -> "Possibly met: not yet confirmed";
            case CONFIRMED -> "Meets the trial definition";
        };
    }

    private static String progressionText(KineticsReport k) {
        return switch (k.progression()) {
            case NONE -> "Trials call it progression when PSA rises at least 25 % and at least 2 ng/mL above the "
                    + "lowest value, confirmed 3 or more weeks later. That has not happened here.";
            case UNCONFIRMED -> "Since " + k.progressionDate() + ", PSA has risen at least 25 % and 2 ng/mL above its lowest "
                    + "value. A second test 3 or more weeks later would confirm it. Talk to your care team.";
            case CONFIRMED -> "This meets the clinical-trial definition of PSA progression (first met " + k.progressionDate()
                    + "). Talk to your care team about what it means for you.";
        };
    }

    private static String responseText(Response r) {
        return switch (r) {
            case NONE -> "";
            case UNCONFIRMED -> "It fell by half or more; a test 4 weeks later would confirm the response.";
            case CONFIRMED -> "It fell by half or more, confirmed 4 or more weeks later.";
        };
    }

    private static String point(LabResult r) {
        return r == null ? "None yet" : r.value().display() + " ng/mL on " + r.date();
    }

    static String days(double days) {
        long d = Math.round(days);
        return d + (d == 1 ? " day" : " days");
    }

    static String months(double months) {
        return String.format(Locale.ROOT, "%.1f months", months);
    }

    static String signed(double v) {
        return (v > 0 ? "+" : "") + Numbers.format(v);
    }
}
