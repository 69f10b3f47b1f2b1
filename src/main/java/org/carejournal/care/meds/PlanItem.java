package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * A medicine of the plan with its schedule versions, oldest first. Versions never overlap: a change ends
 * the current one the day before the new one starts.
 */
public record PlanItem(Medication medication, List<Schedule> versions) {

    public PlanItem {
        versions = versions.stream().sorted(Comparator.comparing(Schedule::start)).toList();
    }

    /** The version in force on {@code day}; otherwise the latest one (a stopped or a future plan). */
    public Optional<Schedule> current(LocalDate day) {
        Optional<Schedule> covering = versions.stream().filter(s -> s.covers(day)).findFirst();
        return covering.isPresent() ? covering : latest();
    }

    /** The version that started last, if any. */
    public Optional<Schedule> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Whether the medicine is part of the plan on {@code day}: a version covers it, and for a course of
     * cycles the day is not after the course's last dose (a cycle's version has no end date of its own).
     */
    public boolean activeOn(LocalDate day) {
        return versions.stream().anyMatch(s -> s.covers(day)
                && (s.kind() != ScheduleKind.CYCLE || !day.isAfter(lastDose(s))));
    }

    /** The first day the plan has this medicine, if it has a version. */
    public Optional<LocalDate> firstDay() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0).start());
    }

    /**
     * The last dose day of a CYCLE version: its COUNT-th dose, or the last one on or before its end date
     * when the course was cut short. Cycles are built as every N days ({@link Rhythms#cycle}).
     */
    static LocalDate lastDose(Schedule cycle) {
        long every = Rhythms.interval(cycle).n();
        long steps = Math.max(Rhythms.doseCount(cycle) - 1, 0);
        if (cycle.end() != null) steps = Math.min(steps, ChronoUnit.DAYS.between(cycle.start(), cycle.end()) / every);
        return cycle.start().plusDays(every * steps);
    }

    public long id() { return medication.id(); }
}
