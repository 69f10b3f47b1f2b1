package org.carejournal.ui.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderState;

/**
 * How the Reminders screen writes dates: "due Friday 28 Nov", "due tomorrow", "3 days overdue". Words
 * rather than bare dates, because "overdue" is what a tired reader needs to see first.
 */
public final class DueWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private DueWords() {}

    /** "Friday 28 Nov", with the year when it is not this year's. */
    public static String day(LocalDate d, LocalDate today) {
        return (d.getYear() == today.getYear() ? DAY : DAY_WITH_YEAR).format(d);
    }

    /** "Friday 28 Nov, 10:30". */
    public static String dayAndTime(LocalDateTime at, LocalDate today) {
        return day(at.toLocalDate(), today) + ", " + TIME.format(at);
    }

    /** When an open reminder is due, said from today: "2 days overdue", "due today", "due Friday 28 Nov". */
    public static String due(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) return -days == 1 ? "1 day overdue" : -days + " days overdue";
        if (days == 0) return "due today";
        if (days == 1) return "due tomorrow";
        return "due " + day(due, today);
    }

    /** The when-line of a reminder: its due words, or how it was closed ("done on Tuesday 24 Nov"). */
    public static String when(Reminder r, LocalDate today) {
        if (r.state() == ReminderState.DONE) {
            return r.doneOn() == null ? "done" : "done on " + day(r.doneOn(), today);
        }
        if (r.state() == ReminderState.DISMISSED) return "dismissed: " + r.dismissReason();
        String words = due(r.showFrom(), today);
        // A snoozed reminder still says when it was first due, so snoozing never hides how late it is.
        return r.showFrom().equals(r.due()) ? words : words + " (snoozed; first due " + day(r.due(), today) + ")";
    }
}
