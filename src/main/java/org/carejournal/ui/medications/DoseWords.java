package org.carejournal.ui.medications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;

/** How the Medicines screen writes doses and reads the times people type. */
final class DoseWords {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** "Tuesday 18 Nov": a missed dose is at most two weeks old, so the year goes without saying. */
    static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final Pattern HH_MM = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    static final String TIME_FORM = "Type the time as hours and minutes, for example 08:30.";
    static final String TIME_RANGE = "A time of day runs from 00:00 to 23:59.";
    static final String TIME_TO_COME = "That time has not come yet. Type the time it was taken.";

    private DoseWords() {}

    /** A time typed as "08:30" (or "8:30", "8.30"), or null with {@link #timeProblem} saying why. */
    static LocalTime parseTime(String text) {
        return timeProblem(text).isEmpty() ? time(text) : null;
    }

    /** What is wrong with a typed time, or "" when it is a good one. */
    static String timeProblem(String text) {
        Matcher m = HH_MM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) return TIME_FORM;
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h > 23 || min > 59 ? TIME_RANGE : "";
    }

    private static LocalTime time(String text) {
        Matcher m = HH_MM.matcher(text.strip());
        m.matches();
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** "Abiraterone 1000 mg": the medicine and, when the plan has one, its dose. */
    static String what(DoseItem item) {
        String dose = item.schedule().dose();
        return dose.isEmpty() ? item.medication().name() : item.medication().name() + " " + dose;
    }

    /** The row's state in words, so that colour is never the only sign. */
    static String state(DoseItem item, LocalDateTime now) {
        DoseEvent e = item.event();
        if (e == null) {
            return item.dueAt().isAfter(now) ? "To take at " + TIME.format(item.dueAt()) : "Not recorded yet";
        }
        if (e.status() == DoseStatus.SKIPPED) return e.reason().isEmpty() ? "Skipped" : "Skipped: " + e.reason();
        LocalDateTime t = e.takenAt();
        boolean sameDay = t.toLocalDate().equals(item.dueAt().toLocalDate());
        return "Taken at " + TIME.format(t) + (sameDay ? "" : " on " + SHORT_DAY.format(t));
    }

    /** "Tuesday 18 Nov, 20:00". */
    static String missedWhen(LocalDateTime dueAt) {
        return WEEKDAY.format(dueAt) + ", " + TIME.format(dueAt);
    }

    /** "today" or "Tuesday 18 Nov", for status messages. */
    static String dayWord(LocalDate d, LocalDate today) {
        return d.equals(today) ? "today" : WEEKDAY.format(d);
    }
}
