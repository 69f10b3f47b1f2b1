package org.carejournal.ui.medications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;

/**
 * A medicine of the plan as the list shows it.
 *
 * @param details  its kind, how it is given and the dose: "Hormone therapy (LHRH agonist) · Injection · 22.5 mg"
 * @param schedule its rhythm in words ({@link ScheduleText})
 * @param past     stopped, or taken out of the plan: listed under "Past medicines"
 */
public record PlanRow(PlanItem item, String name, String details, String schedule, boolean past) {

    static PlanRow of(PlanItem item, LocalDate today) {
        Medication m = item.medication();
        Schedule s = item.current(today).orElse(null);
        List<String> parts = new ArrayList<>(List.of(m.drugClass().label(), m.route().label()));
        if (s != null && !s.dose().isEmpty()) parts.add(s.dose());
        String rhythm = s == null ? "No schedule" : ScheduleText.describe(s, today);
        if (m.removed()) rhythm += " (taken out of the plan)";
        return new PlanRow(item, m.name(), String.join(" · ", parts), rhythm, isPast(item, today));
    }

    /**
     * Removed, or no longer active and not starting later: stopped, a one-off event gone by, a course of
     * cycles whose last dose has passed.
     */
    static boolean isPast(PlanItem item, LocalDate today) {
        if (item.medication().removed()) return true;
        return !item.activeOn(today) && item.versions().stream().noneMatch(v -> v.start().isAfter(today));
    }

    public long medicationId() { return item.medication().id(); }
}
