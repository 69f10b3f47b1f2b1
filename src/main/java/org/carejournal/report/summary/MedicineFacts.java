package org.carejournal.report.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carejournal.analysis.AdherenceFigure;
import org.carejournal.analysis.AdherenceReport;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.report.summary.SummaryData.BoneAndJaw;
import org.carejournal.report.summary.SummaryData.BoneDrug;
import org.carejournal.report.summary.SummaryData.Change;
import org.carejournal.report.summary.SummaryData.FlagEvent;
import org.carejournal.report.summary.SummaryData.MedicineLine;
import org.carejournal.report.summary.SummaryData.SymptomWorst;
import org.carejournal.report.summary.SummaryData.Upcoming;

/** The medicine parts of a summary: the list with schedules and adherence, changes, bone drugs, what is due. */
final class MedicineFacts {
    /** Reminders and appointments this far after the period's end are listed as coming up. */
    static final int UPCOMING_DAYS = 90;
    /** Open reminders overdue by up to this many days are listed too: they are still to be done. */
    static final int OVERDUE_DAYS = 60;
    /** How far back the last dose of a bone drug is looked for (denosumab and zoledronic acid are given rarely). */
    static final int BONE_DOSE_LOOKBACK_YEARS = 2;

    private final MedicationPorts ports;
    private final Clock clock;

    MedicineFacts(MedicationPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** The medicines in the plan at some time in the period, with their schedule as at its end. */
    List<MedicineLine> lines(long personId, DateRange range) {
        AdherenceReport adherence = new DoseChecklist(ports, clock).adherence(personId, range.from(), range.to());
        Map<Long, AdherenceFigure> figures = new HashMap<>();
        for (AdherenceFigure f : adherence.perMedication()) figures.put(f.medicationId(), f);
        List<MedicineLine> out = new ArrayList<>();
        for (PlanItem item : inPeriod(personId, range)) {
            Schedule s = item.current(range.to()).orElseThrow();
            AdherenceFigure f = figures.get(item.id());
            String taken = f == null || f.percent().isEmpty() ? ""
                    : Math.round(f.percent().getAsDouble()) + " % (" + f.taken() + " of " + f.due() + ")";
            out.add(new MedicineLine(item.medication().name(), item.medication().drugClass().label(), s.dose(),
                    ScheduleText.describe(s, range.to()), taken));
        }
        return out;
    }

    /** Starts, changes and stops of a medicine within the period, oldest first. */
    List<Change> changes(long personId, DateRange range) {
        List<Change> out = new ArrayList<>();
        for (PlanItem item : plan(personId)) {
            String name = item.medication().name();
            List<Schedule> versions = item.versions();
            for (int i = 0; i < versions.size(); i++) {
                Schedule v = versions.get(i);
                if (range.contains(v.start())) {
                    String what = i == 0 ? "Started " : "Changed ";
                    String dose = v.dose().isEmpty() ? "" : " " + v.dose();
                    out.add(new Change(v.start(), what + name + dose + ": " + ScheduleText.describe(v, v.start())));
                }
                boolean last = i == versions.size() - 1;
                if (last && v.end() != null && range.contains(v.end())) {
                    out.add(new Change(v.end(), "Stopped " + name));
                }
            }
        }
        out.sort(Comparator.comparing(Change::date));
        return out;
    }

    /** Bone-targeted drugs and jaw problems, or null when there are neither. */
    BoneAndJaw boneAndJaw(long personId, DateRange range, SymptomWorst jaw, List<FlagEvent> jawFlags) {
        List<PlanItem> bone = plan(personId).stream()
                .filter(i -> i.medication().drugClass().isBoneTargeted() && i.firstDay().isPresent())
                .toList();
        if (bone.isEmpty() && jaw == null && jawFlags.isEmpty()) return null;
        LocalDate to = range.to();
        List<DoseEvent> doses = bone.isEmpty() ? List.of()
                : ports.doses().between(personId, to.minusYears(BONE_DOSE_LOOKBACK_YEARS), to);
        List<BoneDrug> drugs = new ArrayList<>();
        for (PlanItem item : bone) {
            Optional<LocalDate> last = doses.stream()
                    .filter(d -> d.medicationId() == item.id() && d.status() == DoseStatus.TAKEN)
                    .map(d -> d.takenAt() != null ? d.takenAt().toLocalDate() : d.day())
                    .filter(d -> !d.isAfter(to))
                    .max(Comparator.naturalOrder());
            Schedule s = item.current(to).orElseThrow();
            drugs.add(new BoneDrug(item.medication().name(), item.firstDay().orElseThrow(), last.orElse(null),
                    ScheduleText.describe(s, to)));
        }
        return new BoneAndJaw(drugs, jaw, jawFlags);
    }

    /** Open reminders (recently overdue or due soon) and appointments after {@code to}, by date. */
    List<Upcoming> upcoming(long personId, LocalDate to) {
        List<Upcoming> out = new ArrayList<>();
        LocalDate until = to.plusDays(UPCOMING_DAYS);
        for (Reminder r : ports.reminders().all(personId)) {
            LocalDate when = r.showFrom();
            if (!r.open() || when.isBefore(to.minusDays(OVERDUE_DAYS)) || when.isAfter(until)) continue;
            String detail = when.isBefore(to) ? "overdue" : "";
            out.add(new Upcoming(when, r.title(), detail));
        }
        for (Appointment a : ports.appointments().all(personId)) {
            LocalDate day = a.at().toLocalDate();
            if (day.isAfter(to) && !day.isAfter(until)) {
                String place = a.place().isEmpty() ? "" : ", " + a.place();
                out.add(new Upcoming(day, "Appointment: " + a.with() + place,
                        ScheduleText.TIME.format(a.at().toLocalTime())));
            }
        }
        out.sort(Comparator.comparing(Upcoming::date).thenComparing(Upcoming::what));
        return out;
    }

    private List<PlanItem> inPeriod(long personId, DateRange range) {
        return plan(personId).stream()
                .filter(i -> i.versions().stream().anyMatch(v -> !v.start().isAfter(range.to())
                        && (v.end() == null || !v.end().isBefore(range.from()))))
                .filter(i -> !i.medication().removed() || i.versions().stream()
                        .anyMatch(v -> v.end() == null || !v.end().isBefore(range.from())))
                .toList();
    }

    private List<PlanItem> plan(long personId) {
        return new PlanService(ports, clock).all(personId);
    }
}
