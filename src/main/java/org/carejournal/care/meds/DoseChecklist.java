package org.carejournal.care.meds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carejournal.analysis.Adherence;
import org.carejournal.analysis.AdherenceReport;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Schedule;

/**
 * The dose log as a person meets it: a day's planned doses with what was recorded, the doses of recent
 * days still unrecorded, as-needed doses, and adherence over a period.
 */
public final class DoseChecklist {
    /** Unrecorded doses are listed as missed for this many days before today, then left to the history. */
    public static final int MISSED_DAYS = 14;

    private static final Comparator<DoseItem> BY_TIME = Comparator.comparing(DoseItem::dueAt)
            .thenComparing(i -> i.medication().name());

    private final MedicationPorts ports;
    private final Clock clock;

    public DoseChecklist(MedicationPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** The planned doses of {@code day} with their answers, by time then name. */
    public List<DoseItem> dueOn(long personId, LocalDate day) {
        return items(personId, day, day);
    }

    /**
     * Planned doses of the {@value #MISSED_DAYS} days before {@code today} with nothing recorded, oldest
     * first. Medicines taken out of the plan are left out: the person has moved on from them.
     */
    public List<DoseItem> missed(long personId, LocalDate today) {
        return items(personId, today.minusDays(MISSED_DAYS), today.minusDays(1)).stream()
                .filter(i -> !i.recorded() && !i.medication().removed())
                .toList();
    }

    /** As-needed doses logged on {@code day}, in the order taken. */
    public List<DoseEvent> asNeededOn(long personId, LocalDate day) {
        return ports.doses().between(personId, day, day).stream()
                .filter(e -> !e.planned())
                .sorted(Comparator.comparing(DoseEvent::takenAt))
                .toList();
    }

    /** Records the dose taken at {@code takenAt}; another time than planned is "taken at another time". */
    public DoseEvent markTaken(DoseItem item, LocalDateTime takenAt) {
        return ports.doses().record(DoseEvent.taken(item.medication().id(), item.dueAt(), takenAt));
    }

    /** Records the dose skipped, with the reason given (may be empty). */
    public DoseEvent markSkipped(DoseItem item, String reason) {
        return ports.doses().record(DoseEvent.skipped(item.medication().id(), item.dueAt(), reason));
    }

    /** Forgets the answer: the dose is unrecorded again. */
    public void undo(DoseItem item) {
        if (item.event() != null) ports.doses().delete(item.event().id());
    }

    /** Takes back an as-needed dose logged by mistake. Planned doses are taken back with {@link #undo}. */
    public void deleteAsNeeded(DoseEvent event) {
        if (event.planned()) throw new IllegalArgumentException("A planned dose is taken back with undo");
        ports.doses().delete(event.id());
    }

    /** Logs an as-needed dose. */
    public DoseEvent logAsNeeded(long medicationId, LocalDateTime at, String amount, String reason) {
        return ports.doses().record(DoseEvent.asNeeded(medicationId, at, amount, reason));
    }

    /**
     * Adherence from {@code from} to {@code to}: planned doses due in it up to now, each schedule version
     * expanded once, matched against one read of the dose log.
     */
    public AdherenceReport adherence(long personId, LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate last = to.isAfter(now.toLocalDate()) ? now.toLocalDate() : to;
        if (last.isBefore(from)) return Adherence.of(List.of(), List.of(), from, from);
        Map<Long, Adherence.DueDoses> due = new LinkedHashMap<>();
        for (PlanItem item : PlanService.read(ports.plan(), personId)) {
            List<LocalDateTime> times = new ArrayList<>();
            for (Schedule s : item.versions()) {
                for (LocalDateTime at : ScheduleExpansion.dueDoses(s, from, last)) {
                    if (!at.isAfter(now)) times.add(at);
                }
            }
            if (!times.isEmpty()) {
                due.put(item.id(), new Adherence.DueDoses(item.id(), item.medication().name(), times));
            }
        }
        return Adherence.of(List.copyOf(due.values()), ports.doses().between(personId, from, last), from, last);
    }

    /** Planned doses of the days given, with the event recorded for each (matched by medicine and due time). */
    private List<DoseItem> items(long personId, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDateTime, DoseEvent>> events = new HashMap<>();
        for (DoseEvent e : ports.doses().between(personId, from, to)) {
            if (e.planned()) events.computeIfAbsent(e.medicationId(), k -> new HashMap<>()).put(e.dueAt(), e);
        }
        List<DoseItem> items = new ArrayList<>();
        for (PlanItem item : PlanService.read(ports.plan(), personId)) {
            Medication m = item.medication();
            Map<LocalDateTime, DoseEvent> mine = events.getOrDefault(m.id(), Map.of());
            for (Schedule s : item.versions()) {
                for (LocalDateTime at : ScheduleExpansion.dueDoses(s, from, to)) {
                    items.add(new DoseItem(m, s, at, mine.get(at)));
                }
            }
        }
        items.sort(BY_TIME);
        return items;
    }
}
