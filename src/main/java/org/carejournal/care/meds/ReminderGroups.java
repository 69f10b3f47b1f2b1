package org.carejournal.care.meds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carejournal.domain.meds.Reminder;

/**
 * A person's reminders as the Reminders screen lists them. Open ones are placed by
 * {@link Reminder#showFrom()} (a snoozed one by its snooze date), soonest first.
 *
 * @param overdue open, shown from a day before today
 * @param dueSoon open, shown from today up to {@value #SOON_DAYS} days ahead
 * @param later   open, shown from further ahead
 * @param done    done or dismissed, most recent first (by the day it was done, else its due date)
 */
public record ReminderGroups(List<Reminder> overdue, List<Reminder> dueSoon, List<Reminder> later,
                             List<Reminder> done) {
    /** "Due soon" reaches this many days past today. */
    public static final int SOON_DAYS = 7;

    public ReminderGroups {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        later = List.copyOf(later);
        done = List.copyOf(done);
    }

    /** Sorts reminders into the four groups as seen on {@code today}. */
    public static ReminderGroups of(List<Reminder> reminders, LocalDate today) {
        List<Reminder> overdue = new ArrayList<>();
        List<Reminder> soon = new ArrayList<>();
        List<Reminder> later = new ArrayList<>();
        List<Reminder> done = new ArrayList<>();
        LocalDate soonEnd = today.plusDays(SOON_DAYS);
        for (Reminder r : reminders) {
            if (!r.open()) done.add(r);
            else if (r.showFrom().isBefore(today)) overdue.add(r);
            else if (!r.showFrom().isAfter(soonEnd)) soon.add(r);
            else later.add(r);
        }
        Comparator<Reminder> soonest = Comparator.comparing(Reminder::showFrom).thenComparing(Reminder::title)
                .thenComparingLong(Reminder::id);
        overdue.sort(soonest);
        soon.sort(soonest);
        later.sort(soonest);
        done.sort(Comparator.comparing(ReminderGroups::closedOn).thenComparingLong(Reminder::id).reversed());
        return new ReminderGroups(overdue, soon, later, done);
    }

    private static LocalDate closedOn(Reminder r) {
        return r.doneOn() != null ? r.doneOn() : r.due();
    }

    /** Open reminders in all three open groups. */
    public int openCount() {
        return overdue.size() + dueSoon.size() + later.size();
    }
}
