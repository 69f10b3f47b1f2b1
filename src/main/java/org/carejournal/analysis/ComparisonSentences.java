package org.carejournal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words for a {@link PeriodComparison}: short sentences a tired reader can take in at a glance. */
final class ComparisonSentences {
    private ComparisonSentences() {}

    static List<String> of(PeriodComparison c) {
        String recent = "the last " + days(c.days());
        String earlier = "the " + days(c.days()) + " before";
        List<String> lines = new ArrayList<>();
        if (!c.hasNow()) {
            lines.add("No check-ins or pain entries in " + recent + ".");
            return lines;
        }
        pain(lines, "Average pain in " + recent, c.averagePainNow(), c.averagePainBefore(), earlier);
        pain(lines, "Worst pain of the day, averaged over " + recent, c.worstPainNow(), c.worstPainBefore(), earlier);
        String severe = "Days with a severe symptom or severe pain (" + PeriodComparison.SEVERE + " or more): "
                + c.severeDaysNow();
        lines.add(c.hasBefore() ? severe + " (before: " + c.severeDaysBefore() + ")." : severe + ".");
        if (!c.hasBefore()) {
            lines.add("Not enough entries from " + earlier + " to compare.");
            return lines;
        }
        if (!c.worse().isEmpty()) lines.add("Getting worse: " + String.join(", ", c.worse()) + ".");
        if (!c.better().isEmpty()) lines.add("Getting better: " + String.join(", ", c.better()) + ".");
        if (c.worse().isEmpty() && c.better().isEmpty()) {
            lines.add(c.symptomsCompared() > 0
                    ? "No symptom changed by " + PeriodComparison.CHANGE + " points or more."
                    : "Too few symptom ratings in both periods to compare symptoms.");
        }
        return lines;
    }

    private static void pain(List<String> lines, String what, Double now, Double before, String earlier) {
        if (now == null) return;
        String shown = oneDecimal(now);
        if (before == null) {
            lines.add(what + ": " + shown + ".");
            return;
        }
        String then = oneDecimal(before);
        // Compared as shown, so "up from 4.1" never sits beside the same 4.1.
        String tail = then.equals(shown) ? "the same as in " + earlier
                : (now > before ? "up from " : "down from ") + then + " in " + earlier;
        lines.add(what + ": " + shown + ", " + tail + ".");
    }

    static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String days(int n) {
        return n == 1 ? "day" : n + " days";
    }
}
