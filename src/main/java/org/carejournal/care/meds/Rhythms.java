package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * Builds schedule versions with their RFC 5545 recurrence rules, and reads the interval back for
 * display and editing. Arguments are assumed checked (see the form checks); bad ones throw.
 */
public final class Rhythms {

    private Rhythms() {}

    /** Every day at each of 1 to 4 times. */
    public static Schedule daily(long medicationId, LocalDate start, LocalDate end, List<LocalTime> times, String dose) {
        if (times.isEmpty() || times.size() > 4) throw new IllegalArgumentException("A daily plan has 1 to 4 times");
        return new Schedule(0, medicationId, ScheduleKind.DAILY, "FREQ=DAILY", start, end, times, dose, "");
    }

    /**
     * Every {@code n} days, weeks or months from {@code start}. A monthly rhythm started on the 29th to
     * 31st falls on the last day of shorter months (the rule's BYSETPOS picks the first of "that day" and
     * "the month's last day"): a plain RFC 5545 monthly rule would skip those months altogether, and an
     * injection is not skipped because February is short.
     */
    public static Schedule every(long medicationId, LocalDate start, LocalDate end, int n, ChronoUnit unit,
                                 LocalTime time, String dose) {
        if (n < 1) throw new IllegalArgumentException("The interval must be at least 1");
        String rule = switch (unit) {
            case DAYS -> "FREQ=DAILY;INTERVAL=" + n;
            case WEEKS -> "FREQ=WEEKLY;INTERVAL=" + n;
            case MONTHS -> "FREQ=MONTHLY;INTERVAL=" + n
                    + (start.getDayOfMonth() > 28 ? ";BYMONTHDAY=" + start.getDayOfMonth() + ",-1;BYSETPOS=1" : "");
            default -> throw new IllegalArgumentException("Days, weeks or months, not " + unit);
        };
        return new Schedule(0, medicationId, ScheduleKind.EVERY, rule, start, end, List.of(time), dose, "");
    }

    /** A dose every {@code everyDays} days, {@code doses} times in all (a 21-day chemotherapy cycle, radium-223 × 6). */
    public static Schedule cycle(long medicationId, LocalDate start, int everyDays, int doses, LocalTime time, String dose) {
        if (everyDays < 1 || doses < 1) throw new IllegalArgumentException("A cycle needs an interval and a number of doses");
        return new Schedule(0, medicationId, ScheduleKind.CYCLE, "FREQ=DAILY;INTERVAL=" + everyDays + ";COUNT=" + doses,
                start, null, List.of(time), dose, "");
    }

    /** A single event from {@code start} to {@code end} (the same day for a one-day event). */
    public static Schedule once(long medicationId, LocalDate start, LocalDate end, String note) {
        return new Schedule(0, medicationId, ScheduleKind.ONCE, null, start, end == null ? start : end, List.of(), "", note);
    }

    /** Taken when needed, as the instruction allows. */
    public static Schedule asNeeded(long medicationId, LocalDate start, String dose, String instruction) {
        return new Schedule(0, medicationId, ScheduleKind.AS_NEEDED, null, start, null, List.of(), dose, instruction);
    }

    /** The interval of an EVERY or CYCLE schedule. */
    public record Interval(int n, ChronoUnit unit) {}

    /** Reads the interval back from the rule. */
    public static Interval interval(Schedule s) {
        String freq = part(s.rrule(), "FREQ");
        String interval = part(s.rrule(), "INTERVAL");
        int n = interval == null ? 1 : Integer.parseInt(interval);
        ChronoUnit unit = switch (freq) {
            case "DAILY" -> ChronoUnit.DAYS;
            case "WEEKLY" -> ChronoUnit.WEEKS;
            case "MONTHLY" -> ChronoUnit.MONTHS;
            default -> throw new IllegalArgumentException("Unsupported rule " + s.rrule());
        };
        return new Interval(n, unit);
    }

    /** The number of doses of a CYCLE schedule (its COUNT), or 0 when the rule has none. */
    public static int doseCount(Schedule s) {
        String count = s.rrule() == null ? null : part(s.rrule(), "COUNT");
        return count == null ? 0 : Integer.parseInt(count);
    }

    private static String part(String rule, String name) {
        for (String p : rule.split(";")) {
            if (p.startsWith(name + "=")) return p.substring(name.length() + 1);
        }
        return null;
    }
}
