package org.carejournal.domain.meds;

import java.time.LocalDate;

/**
 * Something to do for the person's care: a test, a visit, a dose to prepare for.
 *
 * <p>Reminders made by the rules carry a {@code key} naming what they are about (rule, medicine and
 * date, e.g. {@code kidney-before-zoledronic:12:2026-12-01}). Regenerating finds the reminder by its key,
 * so it is never made twice and one already done stays done.
 *
 * @param key          unique per person for generated reminders; null for ones added by hand
 * @param why          why the reminder exists, in plain words
 * @param source       the organisation the reason comes from ("" for ones added by hand)
 * @param articleTag   the library article that explains it, or ""
 * @param medicationId the medicine it belongs to, or null
 * @param snoozedUntil shown again from this day; null when not snoozed
 * @param doneOn       the day it was done; null unless DONE
 * @param dismissReason why it was dismissed; "" unless DISMISSED
 */
public record Reminder(long id, String key, ReminderKind kind, String title, String why, String source,
                       String articleTag, LocalDate due, Long medicationId, ReminderState state,
                       LocalDate snoozedUntil, LocalDate doneOn, String dismissReason) {

    public Reminder {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("A reminder needs a title");
        if (due == null) throw new IllegalArgumentException("A reminder needs a due date");
        if (kind.generated() != (key != null)) throw new IllegalArgumentException("Only generated reminders have a key");
        title = title.strip();
        why = why == null ? "" : why.strip();
        source = source == null ? "" : source;
        articleTag = articleTag == null ? "" : articleTag;
        dismissReason = dismissReason == null ? "" : dismissReason.strip();
    }

    /** A reminder the person adds by hand. */
    public static Reminder custom(String title, String why, LocalDate due) {
        return new Reminder(0, null, ReminderKind.CUSTOM, title, why, "", "", due, null, ReminderState.OPEN, null, null, "");
    }

    /** A reminder made by a rule, open. */
    public static Reminder generated(String key, ReminderKind kind, String title, String why, String source,
                                     String articleTag, LocalDate due, Long medicationId) {
        return new Reminder(0, key, kind, title, why, source, articleTag, due, medicationId, ReminderState.OPEN,
                null, null, "");
    }

    public boolean open() { return state == ReminderState.OPEN; }

    /** The day it should be shown as due: the due date, or the snooze date when later. */
    public LocalDate showFrom() {
        return snoozedUntil != null && snoozedUntil.isAfter(due) ? snoozedUntil : due;
    }

    public Reminder withId(long newId) {
        return new Reminder(newId, key, kind, title, why, source, articleTag, due, medicationId, state, snoozedUntil,
                doneOn, dismissReason);
    }

    public Reminder done(LocalDate on) {
        return new Reminder(id, key, kind, title, why, source, articleTag, due, medicationId, ReminderState.DONE, null,
                on, "");
    }

    public Reminder snoozed(LocalDate until) {
        return new Reminder(id, key, kind, title, why, source, articleTag, due, medicationId, ReminderState.OPEN, until,
                null, "");
    }

    public Reminder dismissed(String reason) {
        return new Reminder(id, key, kind, title, why, source, articleTag, due, medicationId, ReminderState.DISMISSED,
                null, null, reason);
    }

    /** The same reminder with the text and date a rule gives it now (its state is kept). */
    public Reminder refreshedFrom(Reminder generated) {
        return new Reminder(id, key, kind, generated.title, generated.why, generated.source, generated.articleTag,
                generated.due, generated.medicationId, state, snoozedUntil, doneOn, dismissReason);
    }
}
