package org.carejournal.ui.reminders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.carejournal.ui.DatePickers;

/** Reading typed dates and times for the reminder forms, with the message to show when they cannot be read. */
final class FormChecks {
    /** Hours may be typed with one digit ("9:30"); minutes always have two. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    static final String DATE_FORM = "Type the date as year-month-day, for example 2026-12-01.";
    static final String TIME_FORM = "Type the time as hours and minutes between 00:00 and 23:59, for example 14:30.";

    private FormChecks() {}

    /** An answer or the message saying what is wrong with it. */
    record Checked<T>(T value, String error) {
        static <T> Checked<T> ok(T value) { return new Checked<>(value, ""); }

        static <T> Checked<T> wrong(String error) { return new Checked<>(null, error); }

        Optional<T> answer() { return Optional.ofNullable(value); }
    }

    static Checked<LocalDate> date(String text, String whenBlank) {
        if (text == null || text.isBlank()) return Checked.wrong(whenBlank);
        LocalDate d = DatePickers.parse(text);
        return d == null ? Checked.wrong(DATE_FORM) : Checked.ok(d);
    }

    static Checked<LocalTime> time(String text) {
        if (text == null || text.isBlank()) return Checked.wrong("Type the time, for example 10:30.");
        // A dot is a common way to write a time ("9.30"); read it as a colon.
        String typed = text.strip().replace('.', ':');
        try {
            return Checked.ok(LocalTime.parse(typed, TIME));
        } catch (DateTimeParseException e) {
            return Checked.wrong(TIME_FORM);
        }
    }
}
