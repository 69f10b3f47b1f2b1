package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * When a schedule's doses fall, worked out from its RFC 5545 rule with ical4j. The rule is expanded over
 * whole days and the times of day added after, so a dose at 08:00 stays at 08:00 on the days clocks change.
 *
 * <p>Rules that are a plain step of days or weeks (daily tablets, 28-day injections, chemotherapy cycles)
 * are counted out directly: ten years of a daily tablet is thousands of dates, and the adherence and
 * Today figures expand every schedule each time. The result is the same as ical4j's (a test holds this).
 */
public final class ScheduleExpansion {
    private static final Pattern PLAIN_STEP = Pattern.compile("FREQ=(DAILY|WEEKLY)(?:;INTERVAL=([1-9]\\d*))?(?:;COUNT=([1-9]\\d*))?");

    private ScheduleExpansion() {}

    /** Days with a due dose within {@code from}..{@code to} (inclusive), oldest first. ONCE and AS_NEEDED have none. */
    public static List<LocalDate> dueDays(Schedule s, LocalDate from, LocalDate to) {
        if (!s.kind().hasDueDoses()) return List.of();
        LocalDate first = from.isAfter(s.start()) ? from : s.start();
        LocalDate last = s.end() != null && s.end().isBefore(to) ? s.end() : to;
        if (last.isBefore(first)) return List.of();
        Matcher plain = PLAIN_STEP.matcher(s.rrule());
        if (plain.matches()) return steps(s.start(), plain, first, last);
        return byIcal4j(s.rrule(), s.start(), first, last);
    }

    /** The rule's days within {@code first}..{@code last} as ical4j expands them. */
    static List<LocalDate> byIcal4j(String rule, LocalDate start, LocalDate first, LocalDate last) {
        // ical4j 4 includes both ends of the period for LocalDate values.
        return new Recur<LocalDate>(rule).getDates(start, first, last);
    }

    /** Every {@code INTERVAL} days or weeks from {@code start}, at most {@code COUNT} times, within first..last. */
    private static List<LocalDate> steps(LocalDate start, Matcher rule, LocalDate first, LocalDate last) {
        long step = (rule.group(2) == null ? 1 : Long.parseLong(rule.group(2))) * (rule.group(1).equals("WEEKLY") ? 7 : 1);
        long lastIndex = (last.toEpochDay() - start.toEpochDay()) / step;
        if (rule.group(3) != null) lastIndex = Math.min(lastIndex, Long.parseLong(rule.group(3)) - 1);
        long offset = first.toEpochDay() - start.toEpochDay();
        long firstIndex = (offset + step - 1) / step; // first is never before start here
        List<LocalDate> days = new ArrayList<>((int) Math.max(0, lastIndex - firstIndex + 1));
        for (long i = firstIndex; i <= lastIndex; i++) days.add(start.plusDays(i * step));
        return days;
    }

    /** Due doses (day and time) within the days given, oldest first. */
    public static List<LocalDateTime> dueDoses(Schedule s, LocalDate from, LocalDate to) {
        List<LocalDate> days = dueDays(s, from, to);
        List<LocalDateTime> doses = new ArrayList<>(days.size() * s.times().size());
        for (LocalDate d : days) {
            for (LocalTime t : s.times()) doses.add(d.atTime(t));
        }
        return doses;
    }

    /** The first dose day on or after {@code day}, if the schedule has one. */
    public static Optional<LocalDate> nextDay(Schedule s, LocalDate day) {
        if (!s.kind().hasDueDoses() || s.end() != null && s.end().isBefore(day)) return Optional.empty();
        if (s.kind() == ScheduleKind.CYCLE) {
            return dueDays(s, day, day.plusYears(5)).stream().findFirst();
        }
        // Step ahead in growing windows: a rule due every 6 months has nothing in the next week.
        for (int span = 31; span <= 4000; span *= 4) {
            List<LocalDate> days = dueDays(s, day, day.plusDays(span));
            if (!days.isEmpty()) return Optional.of(days.get(0));
        }
        return Optional.empty();
    }

    /**
     * Which dose of a course a day's dose is, counting from 1 (dose 3 of 6), or 0 when the day has no dose.
     * Counts over every version's own days, so it is meant for CYCLE schedules.
     */
    public static int doseNumber(Schedule s, LocalDate day) {
        List<LocalDate> days = dueDays(s, s.start(), day);
        return !days.isEmpty() && days.get(days.size() - 1).equals(day) ? days.size() : 0;
    }
}
