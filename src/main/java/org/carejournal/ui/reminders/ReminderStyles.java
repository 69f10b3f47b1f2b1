package org.carejournal.ui.reminders;

/** Style classes of the Reminders screen (defined in reminders.css beside it), spelled once. */
final class ReminderStyles {
    private ReminderStyles() {}

    static final String CSS = "/org/carejournal/ui/reminders/reminders.css";

    static final String REMINDER = "reminder";
    static final String OVERDUE = "reminder-overdue";
    static final String CLOSED = "reminder-closed";
    static final String TITLE = "reminder-title";
    static final String WHEN = "reminder-when";
    static final String WHY = "reminder-why";
    static final String GROUP = "reminder-group";
    static final String APPOINTMENT = "appointment";
    static final String DIALOG = "reminder-dialog";
}
