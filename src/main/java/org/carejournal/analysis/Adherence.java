package org.carejournal.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;

/**
 * Works out adherence from the planned doses due in a period and the dose log. A due dose counts as
 * taken when the log has it taken, at its time or another; skipped and unrecorded doses count as not
 * taken. Events are matched to doses through hash sets, one per medicine, so ten years of a dozen medicines stay quick.
 */
public final class Adherence {

    private Adherence() {}

    /**
     * The planned doses of one medicine due in the period (up to now), each once.
     *
     * @param dueAt due times; need not be sorted
     */
    public record DueDoses(long medicationId, String name, List<LocalDateTime> dueAt) {
        public DueDoses {
            dueAt = List.copyOf(dueAt);
        }
    }

    /**
     * The report for the period {@code from}..{@code to} (inclusive). Medicines with no dose due are left
     * out of the per-medicine figures; the weekly points run from the week of {@code from} to that of
     * {@code to}, weeks starting on Monday.
     *
     * @param events the dose log of the period; as-needed and skipped events count for nothing
     */
    public static AdherenceReport of(List<DueDoses> due, Collection<DoseEvent> events, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("The period ends before it starts");
        Map<Long, Set<LocalDateTime>> taken = new HashMap<>();
        for (DoseEvent e : events) {
            if (e.planned() && e.status() == DoseStatus.TAKEN) {
                taken.computeIfAbsent(e.medicationId(), k -> new HashSet<>()).add(e.dueAt());
            }
        }
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long firstDay = firstWeek.toEpochDay();
        int weeks = (int) ChronoUnit.WEEKS.between(firstWeek, to) + 1;
        int[] weekDue = new int[weeks];
        int[] weekTaken = new int[weeks];
        List<AdherenceFigure> figures = new ArrayList<>();
        int allDue = 0;
        int allTaken = 0;
        for (DueDoses medicine : due) {
            Set<LocalDateTime> takenOfMedicine = taken.getOrDefault(medicine.medicationId(), Set.of());
            int medDue = 0;
            int medTaken = 0;
            for (LocalDateTime at : medicine.dueAt()) {
                LocalDate day = at.toLocalDate();
                if (day.isBefore(from) || day.isAfter(to)) continue;
                int week = (int) ((day.toEpochDay() - firstDay) / 7);
                boolean yes = takenOfMedicine.contains(at);
                medDue++;
                weekDue[week]++;
                if (yes) {
                    medTaken++;
                    weekTaken[week]++;
                }
            }
            if (medDue == 0) continue;
            figures.add(new AdherenceFigure(medicine.medicationId(), medicine.name(), medDue, medTaken));
            allDue += medDue;
            allTaken += medTaken;
        }
        List<AdherencePoint> weekly = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) weekly.add(new AdherencePoint(firstWeek.plusWeeks(w), weekDue[w], weekTaken[w]));
        return new AdherenceReport(figures, new AdherenceFigure(null, "All medicines", allDue, allTaken), weekly);
    }
}
