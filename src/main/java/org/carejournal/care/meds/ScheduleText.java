package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * A schedule in plain words, as the plan list shows it: "Every day at 08:00 and 20:00", "Every 3 months,
 * next on 12 Feb 2027", "Every 21 days, 6 doses: dose 3 of 6 next on 5 Jan 2027", "When needed: up to 4
 * times a day", "Once, 3 Mar – 14 Apr 2025", and "…, stopped on 30 Jun 2026" once a version has ended.
 */
public final class ScheduleText {
    /** Dates as people write them: a month name cannot be misread as a day. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    /** Times of day on the 24-hour clock. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ScheduleText() {}

    /** The schedule in words, as it stands on {@code today} (the next dose, or that it has stopped). */
    public static String describe(Schedule s, LocalDate today) {
        String rhythm = switch (s.kind()) {
            case DAILY -> "Every day at " + times(s.times());
            case EVERY -> every(s, today);
            case CYCLE -> cycle(s, today);
            case ONCE -> once(s);
            case AS_NEEDED -> s.instruction().isEmpty() ? "When needed" : "When needed: " + s.instruction();
        };
        return rhythm + dates(s, today);
    }

    /** "08:00", "08:00 and 20:00", "08:00, 14:00 and 20:00". */
    public static String times(List<LocalTime> times) {
        List<String> words = times.stream().map(TIME::format).toList();
        if (words.size() <= 1) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** "12 Feb 2027". */
    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** "Every 3 months", "Every week", "Every 28 days". */
    public static String interval(Rhythms.Interval i) {
        String unit = switch (i.unit()) {
            case DAYS -> "day";
            case WEEKS -> "week";
            case MONTHS -> "month";
            default -> i.unit().toString().toLowerCase(Locale.ROOT);
        };
        return i.n() == 1 ? "Every " + unit : "Every " + i.n() + " " + unit + "s";
    }

    private static String every(Schedule s, LocalDate today) {
        String text = interval(Rhythms.interval(s));
        return next(s, today).map(d -> text + ", next on " + day(d)).orElse(text);
    }

    private static String cycle(Schedule s, LocalDate today) {
        int count = Rhythms.doseCount(s);
        String text = interval(Rhythms.interval(s)) + (count > 0 ? ", " + count + " doses" : "");
        Optional<LocalDate> next = next(s, today);
        if (next.isPresent()) {
            int number = ScheduleExpansion.doseNumber(s, next.get());
            return text + ": dose " + number + (count > 0 ? " of " + count : "") + " next on " + day(next.get());
        }
        // A course that has run its doses has no end date of its own: say when its last dose was due.
        List<LocalDate> all = ScheduleExpansion.dueDays(s, s.start(), s.end() != null ? s.end() : today);
        if (all.isEmpty() || !s.covers(today)) return text;
        return text + ": the last was due on " + day(all.get(all.size() - 1));
    }

    private static String once(Schedule s) {
        LocalDate end = s.end() == null ? s.start() : s.end();
        if (end.equals(s.start())) return "Once, on " + day(s.start());
        String from = end.getYear() == s.start().getYear() ? DAY_MONTH.format(s.start()) : day(s.start());
        return "Once, " + from + " – " + day(end);
    }

    /** A start still to come, an end still to come, or the end that has passed (ONCE carries its own dates). */
    private static String dates(Schedule s, LocalDate today) {
        if (s.kind() == ScheduleKind.ONCE) return "";
        if (s.end() != null && s.end().isBefore(today)) return ", stopped on " + day(s.end());
        if (s.start().isAfter(today)) return ", starting " + day(s.start()) + (s.end() == null ? "" : ", until " + day(s.end()));
        return s.end() == null ? "" : ", until " + day(s.end());
    }

    /** The next dose day of a version in force today; a version yet to start says its start instead. */
    private static Optional<LocalDate> next(Schedule s, LocalDate today) {
        if (!s.covers(today)) return Optional.empty();
        return ScheduleExpansion.nextDay(s, today);
    }
}
