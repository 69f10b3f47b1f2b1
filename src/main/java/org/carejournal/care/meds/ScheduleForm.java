package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * What a person typed for one version of a medicine's plan, as text, before {@link ScheduleCheck} reads
 * it. Kept as text so that a wrong entry ("7:61", "2026-02-30") can be named in its message rather than
 * lost on the way.
 *
 * @param kind        the rhythm, null when none is chosen
 * @param start       first day, as {@code yyyy-MM-dd}
 * @param end         last day, as {@code yyyy-MM-dd}, or blank while it goes on
 * @param times       times of day as {@code HH:mm}; blank entries are ignored
 * @param interval    the N of "every N days, weeks or months", a whole number
 * @param unit        DAYS, WEEKS or MONTHS (a course: DAYS or WEEKS)
 * @param doses       the number of doses of a course, a whole number
 * @param dose        the amount as on the label, e.g. "22.5 mg" or "1 tablet"
 * @param instruction what the label allows for a when-needed medicine; otherwise a free note
 */
public record ScheduleForm(ScheduleKind kind, String start, String end, List<String> times, String interval,
                           ChronoUnit unit, String doses, String dose, String instruction) {

    /** Dates are read and written one way everywhere: 2026-03-14, strictly, so 2026-02-30 is refused. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Where a clinic dose is given at an unknown hour, the form suggests this time (it can be changed). */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    public ScheduleForm {
        start = blankIfNull(start);
        end = blankIfNull(end);
        times = times == null ? List.of() : times.stream().map(ScheduleForm::blankIfNull).toList();
        interval = blankIfNull(interval);
        doses = blankIfNull(doses);
        dose = blankIfNull(dose);
        instruction = blankIfNull(instruction);
    }

    /** The form filled from a saved version, for changing it. */
    public static ScheduleForm of(Schedule s) {
        String interval = "";
        ChronoUnit unit = ChronoUnit.DAYS;
        String doses = "";
        if (s.kind() == ScheduleKind.EVERY || s.kind() == ScheduleKind.CYCLE) {
            Rhythms.Interval i = Rhythms.interval(s);
            interval = Integer.toString(i.n());
            unit = i.unit();
        }
        if (s.kind() == ScheduleKind.CYCLE) doses = Integer.toString(Rhythms.doseCount(s));
        String end = s.end() == null || s.kind() == ScheduleKind.CYCLE ? "" : DATE.format(s.end());
        return new ScheduleForm(s.kind(), DATE.format(s.start()), end, s.times().stream().map(TIME::format).toList(),
                interval, unit, doses, s.dose(), s.instruction());
    }

    /**
     * The form for changing {@code current}, starting on the day the change most likely applies from.
     * A daily or when-needed plan changes from {@code today}. A rhythm of injections or a course changes
     * from its next dose: the new version's start is its first dose, so starting it today would move
     * every later injection. A course keeps only the doses still to come. An event, and a version that has
     * not begun yet, are corrected in place (from their own start).
     */
    public static ScheduleForm forChange(Schedule current, LocalDate today) {
        ScheduleForm f = of(current);
        if (current.kind() == ScheduleKind.ONCE || current.start().isAfter(today)) return f;
        // A version that has already ended (a medicine stopped) is taken up again: from today, open-ended.
        String end = current.end() != null && current.end().isBefore(today) ? "" : f.end();
        LocalDate from = today;
        String doses = f.doses();
        if (current.kind() == ScheduleKind.EVERY || current.kind() == ScheduleKind.CYCLE) {
            LocalDate next = ScheduleExpansion.nextDay(current, today).orElse(null);
            if (next != null) {
                from = next;
                if (current.kind() == ScheduleKind.CYCLE) {
                    int before = ScheduleExpansion.dueDays(current, current.start(), next.minusDays(1)).size();
                    doses = Integer.toString(Rhythms.doseCount(current) - before);
                }
            }
        }
        return new ScheduleForm(f.kind(), DATE.format(from), end, f.times(), f.interval(), f.unit(), doses, f.dose(),
                f.instruction());
    }

    /** The form filled from one of the catalog's suggestions, starting on {@code start}. */
    public static ScheduleForm of(ScheduleOffer offer, LocalDate start) {
        List<String> times = switch (offer.kind()) {
            case DAILY -> dailyTimes(offer.n());
            case EVERY, CYCLE -> List.of(TIME.format(DEFAULT_TIME));
            case ONCE, AS_NEEDED -> List.of();
        };
        String interval = "";
        ChronoUnit unit = ChronoUnit.DAYS;
        if (offer.kind() == ScheduleKind.EVERY) {
            interval = Integer.toString(offer.n());
            unit = offer.unit() == null ? ChronoUnit.DAYS : offer.unit();
        } else if (offer.kind() == ScheduleKind.CYCLE) {
            // In days, as the catalog's label says ("Every 21 days, 10 doses"); weeks can be typed.
            interval = Integer.toString(offer.n());
        }
        String doses = offer.kind() == ScheduleKind.CYCLE ? Integer.toString(offer.doses()) : "";
        return new ScheduleForm(offer.kind(), DATE.format(start), "", times, interval, unit, doses, offer.dose(),
                offer.instruction());
    }

    /** An empty form for a medicine of one's own: once a day at 08:00 from {@code start}. */
    public static ScheduleForm blank(LocalDate start) {
        return new ScheduleForm(ScheduleKind.DAILY, DATE.format(start), "", dailyTimes(1), "", ChronoUnit.DAYS, "", "", "");
    }

    /** Times spread over the waking day, for a plan taken {@code perDay} times a day. */
    static List<String> dailyTimes(int perDay) {
        List<String> times = switch (Math.max(1, Math.min(4, perDay))) {
            case 1 -> List.of("08:00");
            case 2 -> List.of("08:00", "20:00");
            case 3 -> List.of("08:00", "14:00", "20:00");
            default -> List.of("08:00", "12:00", "16:00", "20:00");
        };
        return new ArrayList<>(times);
    }

    /** The same form starting on another day (the day a change applies from). */
    public ScheduleForm withStart(LocalDate day) {
        return new ScheduleForm(kind, DATE.format(day), end, times, interval, unit, doses, dose, instruction);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }
}
