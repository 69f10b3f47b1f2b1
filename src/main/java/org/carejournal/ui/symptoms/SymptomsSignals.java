package org.carejournal.ui.symptoms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.analysis.DailyPain;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.charts.PainChartData;

/** What the trends screen shows, as signals for the "Learn more" panel: the pain chart, and recent high pain. */
final class SymptomsSignals {
    /** A day's worst pain from this up is severe on the 0–10 scale. */
    static final int HIGH_PAIN = 7;
    /** How far back from the end of the chart high pain still counts as recent. */
    static final int RECENT_DAYS = 14;

    private SymptomsSignals() {}

    /** @param chart the pain chart shown, or null before the first load */
    static List<LearnSignal> of(PainChartData chart, LocalDate today) {
        if (chart == null) return List.of();
        List<LearnSignal> signals = new ArrayList<>();
        signals.add(new LearnSignal(LearnTags.PAIN, LearnSignal.SHOWN, "The pain chart is on screen."));
        LocalDate end = chart.shownTo();
        LocalDate from = end.minusDays(RECENT_DAYS - 1);
        boolean high = chart.days().stream().anyMatch(d -> recentAndHigh(d, from, end));
        if (high) {
            // A range ending in the past is the person looking back: say so rather than "lately".
            signals.add(new LearnSignal(LearnTags.PAIN, LearnSignal.FLAGGED, end.equals(today)
                    ? "Your pain has been high in the last two weeks." : "Your pain was high in the last two weeks shown."));
        }
        signals.add(new LearnSignal(LearnTags.SYMPTOMS, LearnSignal.BACKGROUND, "Your symptom trends are on screen."));
        return List.copyOf(signals);
    }

    private static boolean recentAndHigh(DailyPain d, LocalDate from, LocalDate end) {
        return d.worst() != null && d.worst() >= HIGH_PAIN && !d.date().isBefore(from) && !d.date().isAfter(end);
    }
}
