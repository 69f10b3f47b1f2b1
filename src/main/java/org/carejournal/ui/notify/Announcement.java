package org.carejournal.ui.notify;

/**
 * One desktop notification to show.
 *
 * @param key   what it is about ("dose:12:2026-11-24T08:00", "reminder:7:2026-11-24", "summary"); an
 *              announcement with a key already shown this run is never made again
 * @param title the first line, short: "Time for your 08:00 medicines"
 * @param text  the detail beneath it
 */
public record Announcement(Kind kind, String key, String title, String text) {

    /** What an announcement is about. */
    public enum Kind {
        /** Once at start: what is overdue or missed. */
        SUMMARY,
        /** Planned doses whose time has come. */
        DOSE,
        /** A reminder due today. */
        REMINDER
    }
}
