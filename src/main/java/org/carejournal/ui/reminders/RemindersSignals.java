package org.carejournal.ui.reminders;

import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;

/**
 * What the Reminders screen shows, as signals for the "Learn more" panel: why each open reminder exists
 * (the sooner it is due, the more it weighs) and the coming appointment.
 */
final class RemindersSignals {
    private RemindersSignals() {}

    /**
     * @param overdue      open reminders whose day has passed
     * @param dueSoon      open reminders due in the next days
     * @param later        open reminders due after that
     * @param appointments appointments from today on, soonest first
     */
    static List<LearnSignal> of(List<Reminder> overdue, List<Reminder> dueSoon, List<Reminder> later,
                                List<Appointment> appointments) {
        List<LearnSignal> signals = new ArrayList<>();
        add(signals, overdue, LearnSignal.FLAGGED);
        add(signals, dueSoon, LearnSignal.SHOWN);
        add(signals, later, LearnSignal.BACKGROUND);
        if (!appointments.isEmpty()) {
            signals.add(new LearnSignal(LearnTags.APPOINTMENTS, LearnSignal.SHOWN,
                    "An appointment with " + appointments.get(0).with() + " is coming up."));
        }
        return List.copyOf(signals);
    }

    private static void add(List<LearnSignal> signals, List<Reminder> reminders, int weight) {
        for (Reminder r : reminders) {
            // Reminders added by hand name no article: the library cannot know what they are about.
            if (r.articleTag().isEmpty()) continue;
            signals.add(new LearnSignal(r.articleTag(), weight, "Why: " + sentence(r.title())));
        }
    }

    /** The title as the end of a sentence: one full stop, not two. */
    private static String sentence(String title) {
        return title.endsWith(".") || title.endsWith("?") || title.endsWith("!") ? title : title + ".";
    }
}
