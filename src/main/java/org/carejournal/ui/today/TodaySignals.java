package org.carejournal.ui.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carejournal.care.Guidance;
import org.carejournal.care.RedFlagRules;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;

/**
 * What the Today screen shows, as signals for the "Learn more" panel: the warning signs on its banners
 * first, then a high pain score, then what a check-in is about.
 */
final class TodaySignals {
    /** A worst pain score from this up is severe on the 0–10 scale. */
    static final int HIGH_PAIN = 7;

    private TodaySignals() {}

    /**
     * @param openFlags    the red flags on the banners (raised, not yet read), in banner order
     * @param day          the day shown
     * @param dayPain      that day's pain entries
     * @param journalEmpty no check-in and no pain entry at all yet
     */
    static List<LearnSignal> of(List<RaisedFlag> openFlags, LocalDate day, List<PainEntry> dayPain, boolean journalEmpty,
                                LocalDate today) {
        List<LearnSignal> signals = new ArrayList<>();
        // The flag's own article first: on a tie the panel keeps the first reason, and it is the most specific.
        for (RaisedFlag f : openFlags) {
            Guidance g = RedFlagRules.guidance(f.flag());
            signals.add(new LearnSignal(g.articleTag(), LearnSignal.URGENT, g.title() + ": a warning sign from "
                    + whichCheckIn(f.date(), today) + "."));
        }
        if (!openFlags.isEmpty()) {
            boolean raisedToday = openFlags.stream().anyMatch(f -> f.date().equals(today));
            signals.add(new LearnSignal(LearnTags.RED_FLAGS, LearnSignal.URGENT,
                    raisedToday ? "A warning sign was raised today." : "A warning sign has not been read yet."));
        }
        Integer worst = dayPain.stream().map(PainEntry::highest).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        if (worst != null && worst >= HIGH_PAIN) {
            signals.add(new LearnSignal(LearnTags.PAIN, LearnSignal.FLAGGED, day.equals(today)
                    ? "Your pain score today is high." : "Your pain score was high on " + DayNames.LONG.format(day) + "."));
        }
        if (journalEmpty) {
            signals.add(new LearnSignal(LearnTags.BASICS, LearnSignal.SHOWN, "Your journal has no entries yet."));
        }
        // A check-in is about warning signs and pain whatever was logged.
        signals.add(new LearnSignal(LearnTags.RED_FLAGS, LearnSignal.BACKGROUND, "The check-in asks about warning signs."));
        signals.add(new LearnSignal(LearnTags.PAIN, LearnSignal.BACKGROUND, "The check-in asks about pain."));
        return List.copyOf(signals);
    }

    /** Worded as the banners word it: "today's check-in", "yesterday's check-in", "your check-in on …". */
    private static String whichCheckIn(LocalDate date, LocalDate today) {
        if (date.equals(today)) return "today's check-in";
        if (date.equals(today.minusDays(1))) return "yesterday's check-in";
        return "your check-in on " + DayNames.LONG.format(date);
    }
}
