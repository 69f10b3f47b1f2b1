package org.carejournal.care.meds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.care.TreatmentContext;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.meds.TreatmentLine;

/**
 * Changes to a person's medication plan. Every change that writes more than once is all or nothing, and
 * none deletes a logged dose except {@link #delete}, which the person chooses knowingly: a plan change
 * ends the current schedule version and starts another, so the past keeps the plan it was lived under.
 * Inputs are assumed checked by the form (see {@link Schedule}'s own checks for what is refused here).
 */
public final class PlanService {
    /** After its last dose a course of chemotherapy or a radiopharmaceutical still lowers blood counts. */
    static final int CYCLE_AFTERMATH_DAYS = 21;

    private final MedicationPorts ports;
    private final Clock clock;

    public PlanService(MedicationPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** The medicines in the plan (not removed), in the order they were added, with their versions. */
    public List<PlanItem> plan(long personId) {
        return all(personId).stream().filter(i -> !i.medication().removed()).toList();
    }

    /** Every medicine, removed ones included: the history the charts' treatment bands are drawn from. */
    public List<PlanItem> all(long personId) {
        return read(plan(), personId);
    }

    /** Every medicine of the person with its versions, read in two queries. */
    static List<PlanItem> read(MedicationPlan plan, long personId) {
        Map<Long, List<Schedule>> versions = new LinkedHashMap<>();
        for (Schedule s : plan.schedules(personId)) {
            versions.computeIfAbsent(s.medicationId(), k -> new ArrayList<>()).add(s);
        }
        return plan.medications(personId).stream()
                .map(m -> new PlanItem(m, versions.getOrDefault(m.id(), List.of())))
                .toList();
    }

    /**
     * Adds a medicine with its first schedule version and, when it starts a treatment line, a line of its
     * own from the schedule's start (named after the medicine; {@link #startLine} makes combinations).
     */
    public PlanItem add(long personId, Medication m, Schedule first, boolean startsTreatmentLine) {
        return add(personId, m, first, startsTreatmentLine ? m.name() : null);
    }

    /**
     * Adds a medicine with its first schedule version and, when {@code lineName} is given, the treatment
     * line it starts under that name, all in one transaction.
     *
     * @param lineName the line's name, or null (or blank) when the medicine starts no line
     */
    public PlanItem add(long personId, Medication m, Schedule first, String lineName) {
        if (m.id() != 0) throw new IllegalArgumentException("This medicine is already saved");
        return ports.transactions().allOrNothing(() -> {
            Medication saved = plan().add(personId, m);
            Schedule version = plan().addSchedule(first.withMedication(saved.id()));
            if (lineName != null && !lineName.isBlank()) {
                plan().addLine(personId, new TreatmentLine(0, first.start(), lineName, Set.of(saved.id())));
            }
            return new PlanItem(saved, List.of(version));
        });
    }

    /**
     * Changes the plan from {@code replacement.start()}: the version in force then ends the day before, and
     * versions starting on or after that day give way to the replacement (so a change made on a version's
     * own start day corrects that version instead of leaving an empty one behind). Logged doses stay.
     */
    public void changeSchedule(PlanItem item, Schedule replacement) {
        LocalDate from = replacement.start();
        ports.transactions().allOrNothing(() -> {
            endBefore(item, from);
            plan().addSchedule(replacement.withId(0).withMedication(item.id()));
            return null;
        });
    }

    /** Stops the medicine after {@code lastDay}: no dose is due after it. */
    public void stop(PlanItem item, LocalDate lastDay) {
        if (item.firstDay().filter(lastDay::isBefore).isPresent()) {
            throw new IllegalArgumentException("The last day cannot be before the medicine started");
        }
        ports.transactions().allOrNothing(() -> {
            endBefore(item, lastDay.plusDays(1));
            return null;
        });
    }

    /**
     * Takes the medicine out of the plan from today; its schedules up to yesterday and its whole dose log
     * stay as history (adherence, treatment bands).
     */
    public void remove(PlanItem item) {
        LocalDate today = LocalDate.now(clock);
        ports.transactions().allOrNothing(() -> {
            endBefore(item, today);
            plan().update(item.medication().withRemoved(true));
            return null;
        });
    }

    /**
     * Deletes the medicine with its schedules and dose log (the journal also takes it out of its treatment
     * lines). Screens ask first when {@link #hasDoses} is true, and offer {@link #remove} instead.
     */
    public void delete(PlanItem item) {
        plan().delete(item.id());
    }

    /** Whether any dose of the medicine is logged (deleting it then asks first). */
    public boolean hasDoses(PlanItem item) {
        return ports.doses().any(item.id());
    }

    /** Marks the start of a treatment line: one medicine or a combination begun together. */
    public TreatmentLine startLine(long personId, LocalDate start, String name, Set<Long> medicationIds) {
        if (medicationIds.isEmpty()) throw new IllegalArgumentException("A treatment line needs at least one medicine");
        return plan().addLine(personId, new TreatmentLine(0, start, name, medicationIds));
    }

    public void deleteLine(long lineId) {
        plan().deleteLine(lineId);
    }

    /** The person's treatment lines, oldest first. */
    public List<TreatmentLine> lines(long personId) {
        return plan().lines(personId);
    }

    /**
     * What the red-flag rules should know of treatment on {@code day}: {@link TreatmentContext#UNKNOWN}
     * while the journal keeps no medicine at all; otherwise whether a chemotherapy or radiopharmaceutical,
     * and a bone-targeted drug, has a version in force that day. A course of cycles counts from its start
     * until {@value #CYCLE_AFTERMATH_DAYS} days after its last dose, when blood counts are lowest and
     * recovering (NICE CG151 covers fever in that time).
     */
    public TreatmentContext context(long personId, LocalDate day) {
        List<PlanItem> items = all(personId);
        if (items.isEmpty()) return TreatmentContext.UNKNOWN;
        boolean chemo = false;
        boolean bone = false;
        for (PlanItem i : items) {
            if (!onTreatment(i, day)) continue;
            chemo |= i.medication().drugClass().lowersBloodCounts();
            bone |= i.medication().drugClass().isBoneTargeted();
        }
        return TreatmentContext.known(chemo, bone);
    }

    private static boolean onTreatment(PlanItem item, LocalDate day) {
        for (Schedule s : item.versions()) {
            if (s.kind() == ScheduleKind.CYCLE) {
                LocalDate until = PlanItem.lastDose(s).plusDays(CYCLE_AFTERMATH_DAYS);
                if (!day.isBefore(s.start()) && !day.isAfter(until)) return true;
            } else if (s.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Ends every version that runs into {@code day} the day before, and deletes those starting on or after it. */
    private void endBefore(PlanItem item, LocalDate day) {
        for (Schedule s : item.versions()) {
            if (!s.start().isBefore(day)) {
                plan().deleteSchedule(s.id());
            } else if (s.end() == null || !s.end().isBefore(day)) {
                plan().updateSchedule(s.withEnd(day.minusDays(1)));
            }
        }
    }

    private MedicationPlan plan() { return ports.plan(); }
}
