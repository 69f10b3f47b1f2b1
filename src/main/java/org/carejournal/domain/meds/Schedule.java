package org.carejournal.domain.meds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One version of a medicine's plan. Changing a plan ends the current version the day before the change
 * and starts a new one, so the doses of the past keep the plan they were due under.
 *
 * <p>The dates doses fall on are an RFC 5545 recurrence rule over whole days (for example
 * {@code FREQ=MONTHLY;INTERVAL=3} or {@code FREQ=DAILY;INTERVAL=21;COUNT=6}) starting at {@code start};
 * each such day has a dose at each of {@code times}. Times are wall-clock times where the person is, so
 * 08:00 stays 08:00 across daylight-saving changes. The rule is built and expanded in
 * {@code org.carejournal.care}.
 *
 * @param rrule       the recurrence rule, null for {@link ScheduleKind#ONCE} and {@link ScheduleKind#AS_NEEDED}
 * @param end         last day of this version (inclusive), or null while it goes on; for ONCE the event's last day
 * @param times       times of day of each dose, sorted; empty for AS_NEEDED and ONCE
 * @param dose        the amount, as written on the label ("22.5 mg", "1 tablet")
 * @param instruction for AS_NEEDED what the label allows ("up to 4 times a day"); otherwise a free note
 */
public record Schedule(long id, long medicationId, ScheduleKind kind, String rrule, LocalDate start, LocalDate end,
                       List<LocalTime> times, String dose, String instruction) {

    public Schedule {
        if (start == null) throw new IllegalArgumentException("A schedule needs a start date");
        if (end != null && end.isBefore(start)) throw new IllegalArgumentException("A schedule cannot end before it starts");
        times = times == null ? List.of() : times.stream().sorted().distinct().toList();
        dose = dose == null ? "" : dose.strip();
        instruction = instruction == null ? "" : instruction.strip();
        if (kind.hasDueDoses() && (rrule == null || rrule.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a recurrence rule");
        }
    }

    /** Whether this version is in force on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public Schedule withId(long newId) {
        return new Schedule(newId, medicationId, kind, rrule, start, end, times, dose, instruction);
    }

    public Schedule withMedication(long medId) {
        return new Schedule(id, medId, kind, rrule, start, end, times, dose, instruction);
    }

    public Schedule withEnd(LocalDate newEnd) {
        return new Schedule(id, medicationId, kind, rrule, start, newEnd, times, dose, instruction);
    }
}
