package org.carejournal.ui.reminders;

import java.time.LocalDate;
import org.carejournal.domain.meds.Reminder;

/**
 * One reminder as the screen shows it.
 *
 * @param when       "3 days overdue", "due Friday 28 Nov", "done on Tuesday 24 Nov", "dismissed: …"
 * @param source     "Source: American Cancer Society", or "" for reminders added by hand
 * @param articleTag the library article that explains it, or ""; kept here so the library can link it
 * @param overdue    open and its day has passed
 */
public record ReminderRow(Reminder reminder, String title, String when, String why, String source,
                          String articleTag, boolean overdue) {

    public static ReminderRow of(Reminder r, LocalDate today) {
        String source = r.source().isBlank() ? "" : "Source: " + r.source();
        return new ReminderRow(r, r.title(), DueWords.when(r, today), r.why(), source, r.articleTag(),
                r.open() && r.showFrom().isBefore(today));
    }

    public long id() { return reminder.id(); }

    public boolean open() { return reminder.open(); }
}
