package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * Checks what a person typed in the schedule form and, when all is well, builds the {@link Schedule}
 * with {@link Rhythms}. Otherwise gives one plain message per wrong field and builds nothing, so nothing
 * can be saved. Fields the chosen rhythm does not use are not checked (see {@link ScheduleField#usedBy}).
 */
public final class ScheduleCheck {

    /** "8:00", "08:00", "08.00". */
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})[:.](\\d{2})$");
    /** The number a dose starts with, if any: "-5 mg", "0,5 mg", ".5 ml"; "half a tablet" has none. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([-+\u2212]?)\\s*(\\d+(?:[.,]\\d+)?|[.,]\\d+)");
    private static final Pattern WHOLE = Pattern.compile("^[-+]?\\d{1,9}$");
    static final int MAX_TIMES = 4;
    static final int MAX_INTERVAL = 999;
    static final int MAX_DOSES = 100;

    private ScheduleCheck() {}

    /** The outcome: a schedule (not yet saved, medicine id 0) when every field is right, else the messages. */
    public record Outcome(Optional<Schedule> schedule, Map<ScheduleField, String> problems) {
        public boolean ok() { return schedule.isPresent(); }

        /** All messages in one line, in field order. */
        public String summary() { return String.join(" ", problems.values()); }
    }

    /** Checks a new plan. */
    public static Outcome check(ScheduleForm form) {
        return check(form, null);
    }

    /**
     * Checks a change to {@code current}: the form's start is the day the change applies from, which
     * cannot come before the current version began (the past keeps the plan it had).
     */
    public static Outcome checkChange(ScheduleForm form, Schedule current) {
        return check(form, current.start());
    }

    private static Outcome check(ScheduleForm form, LocalDate notBefore) {
        Map<ScheduleField, String> problems = new EnumMap<>(ScheduleField.class);
        ScheduleKind kind = form.kind();
        if (kind == null) {
            problems.put(ScheduleField.KIND, "Choose how often it is taken.");
            return refused(problems);
        }
        Set<ScheduleField> used = ScheduleField.usedBy(kind);

        LocalDate start = date(form.start(), ScheduleField.START, "start", problems);
        if (start == null && !problems.containsKey(ScheduleField.START)) {
            problems.put(ScheduleField.START, "Enter the start date, for example 2026-03-14.");
        }
        if (start != null && notBefore != null && start.isBefore(notBefore)) {
            problems.put(ScheduleField.START, "A change cannot apply before this plan began, on "
                    + ScheduleForm.DATE.format(notBefore) + ".");
        }
        LocalDate end = used.contains(ScheduleField.END) ? date(form.end(), ScheduleField.END, "end", problems) : null;
        if (start != null && end != null && end.isBefore(start)) {
            problems.put(ScheduleField.END, "The end date is before the start date.");
        }
        List<LocalTime> times = used.contains(ScheduleField.TIMES) ? times(form.times(), kind, problems) : List.of();
        int interval = used.contains(ScheduleField.INTERVAL) ? interval(form, problems) : 0;
        int doses = used.contains(ScheduleField.DOSES)
                ? whole(form.doses(), ScheduleField.DOSES, "Enter how many doses the course has, for example 6.",
                        "The number of doses must be at least 1.", MAX_DOSES, problems)
                : 0;
        if (used.contains(ScheduleField.DOSE)) dose(form.dose(), problems);
        if (kind == ScheduleKind.AS_NEEDED && form.instruction().isEmpty()) {
            problems.put(ScheduleField.INSTRUCTION, "Write what the label allows, for example \"up to 4 times a day\".");
        }
        if (!problems.isEmpty()) return refused(problems);

        Schedule built = switch (kind) {
            case DAILY -> Rhythms.daily(0, start, end, times, form.dose());
            case EVERY -> Rhythms.every(0, start, end, interval, form.unit(), times.get(0), form.dose());
            case CYCLE -> Rhythms.cycle(0, start, form.unit() == ChronoUnit.WEEKS ? interval * 7 : interval, doses,
                    times.get(0), form.dose());
            case ONCE -> Rhythms.once(0, start, end, form.instruction());
            case AS_NEEDED -> Rhythms.asNeeded(0, start, form.dose(), form.instruction());
        };
        // Rhythms leaves the note of a planned rhythm empty; keep what was written (e.g. "on an empty stomach").
        Schedule withNote = new Schedule(0, 0, built.kind(), built.rrule(), built.start(), built.end(), built.times(),
                built.dose(), form.instruction());
        return new Outcome(Optional.of(withNote), Map.of());
    }

    private static Outcome refused(Map<ScheduleField, String> problems) {
        return new Outcome(Optional.empty(), Collections.unmodifiableMap(problems));
    }

    /** The date typed, null when blank (and then no message) or unreadable (with a message). */
    private static LocalDate date(String text, ScheduleField field, String which, Map<ScheduleField, String> problems) {
        if (text.isEmpty()) return null;
        LocalDate d;
        try {
            d = LocalDate.parse(text, ScheduleForm.DATE);
        } catch (DateTimeParseException e) {
            problems.put(field, "\"" + text + "\" is not a date. Type the " + which
                    + " date as year-month-day, for example 2026-03-14.");
            return null;
        }
        // Far-off years are typing slips (0206 for 2026), and would make long rule expansions.
        if (d.getYear() < 1900 || d.getYear() > 2199) {
            problems.put(field, "Check the year of the " + which + " date: " + d.getYear() + ".");
            return null;
        }
        return d;
    }

    private static List<LocalTime> times(List<String> texts, ScheduleKind kind, Map<ScheduleField, String> problems) {
        List<LocalTime> times = new ArrayList<>();
        for (String t : texts) {
            if (t.isEmpty()) continue;
            Optional<LocalTime> time = time(t);
            if (time.isEmpty()) {
                problems.put(ScheduleField.TIMES, "\"" + t + "\" is not a time of day. Use 00:00 to 23:59, for example 08:00.");
                return List.of();
            }
            if (times.contains(time.get())) {
                problems.put(ScheduleField.TIMES, t + " is there twice. Give each time of day once.");
                return List.of();
            }
            times.add(time.get());
        }
        if (kind == ScheduleKind.DAILY) {
            if (times.isEmpty()) problems.put(ScheduleField.TIMES, "Enter at least one time of day, for example 08:00.");
            else if (times.size() > MAX_TIMES) problems.put(ScheduleField.TIMES, "A daily plan has at most 4 times a day.");
        } else if (times.isEmpty()) {
            problems.put(ScheduleField.TIMES, "Enter the time of the dose, for example 09:00.");
        } else if (times.size() > 1) {
            problems.put(ScheduleField.TIMES, "This rhythm has one time of day.");
        }
        return times;
    }

    /** A time from 00:00 to 23:59, or empty. */
    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h <= 23 && min <= 59 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    private static int interval(ScheduleForm form, Map<ScheduleField, String> problems) {
        ChronoUnit unit = form.unit();
        boolean course = form.kind() == ScheduleKind.CYCLE;
        boolean unitOk = unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS || unit == ChronoUnit.MONTHS && !course;
        int n = whole(form.interval(), ScheduleField.INTERVAL, "Enter how often, as a whole number, for example 3.",
                "The interval must be at least 1.", MAX_INTERVAL, problems);
        if (n > 0 && !unitOk) {
            problems.put(ScheduleField.INTERVAL, course ? "Count a course in days or weeks." : "Choose days, weeks or months.");
        }
        return n;
    }

    /** A whole number from 1 to {@code max}; 0 with a message otherwise. */
    private static int whole(String text, ScheduleField field, String missing, String tooSmall, int max,
                             Map<ScheduleField, String> problems) {
        if (text.isEmpty()) {
            problems.put(field, missing);
            return 0;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.put(field, "\"" + text + "\" is not a whole number. Type digits only, for example 3.");
            return 0;
        }
        int n = Integer.parseInt(text);
        if (n < 1) {
            problems.put(field, tooSmall);
            return 0;
        }
        if (n > max) {
            problems.put(field, n + " is more than " + max + ". Check for a typing slip.");
            return 0;
        }
        return n;
    }

    /** A dose may be any text ("1 tablet", "half a tablet"); only a leading number of 0 or less is refused. */
    private static void dose(String text, Map<ScheduleField, String> problems) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) return;
        boolean negative = !m.group(1).isEmpty() && !m.group(1).equals("+");
        double amount = Double.parseDouble(m.group(2).replace(',', '.'));
        if (negative || amount == 0) {
            problems.put(ScheduleField.DOSE, "A dose must be more than 0. Copy the amount from the label, for example 250 mg.");
        }
    }
}
