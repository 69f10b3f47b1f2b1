package org.carejournal.care.meds;

import static org.carejournal.care.meds.ReminderRules.DAYS_BEFORE_DOSE;
import static org.carejournal.care.meds.ReminderRules.DENTAL_DAYS_BEFORE;
import static org.carejournal.care.meds.ReminderRules.LOOK_AHEAD_DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * The reminder rules of one medicine (see {@link ReminderRules} for what each does). Its start is the start
 * of its earliest schedule version: a change of plan adds a version but keeps the start, so the reminders
 * tied to the start keep their keys.
 */
final class MedicineReminders {
    /** Liver tests every 2 weeks up to this week, then monthly. */
    static final int LIVER_FORTNIGHTLY_WEEKS = 12;
    static final int DENTAL_RECALL_MONTHS = 6;

    private final Medication medication;
    private final List<Schedule> versions;
    private final Map<String, LocalDate> storedDue;
    private final LocalDate today;

    /** @param versions the medicine's schedule versions, earliest start first, at least one */
    MedicineReminders(Medication medication, List<Schedule> versions, Map<String, LocalDate> storedDue,
                      LocalDate today) {
        this.medication = medication;
        this.versions = versions;
        this.storedDue = storedDue;
        this.today = today;
    }

    Medication medication() { return medication; }

    LocalDate start() { return versions.get(0).start(); }

    /** Whether some version is in force today or later (not stopped before today). */
    boolean currentOrPlanned() {
        return versions.stream().anyMatch(v -> v.end() == null || !v.end().isBefore(today));
    }

    private boolean inPlan(LocalDate day) {
        return versions.stream().anyMatch(v -> v.covers(day));
    }

    /** Adds the reminders of one rule; bone-density-on-adt is the person's, made by {@link ReminderRules}. */
    void add(ReminderKind kind, Consumer<Reminder> out) {
        switch (kind) {
            case DENTAL_BEFORE_BONE_DRUG -> dentalBefore(out);
            case CALCIUM_VITAMIN_D -> calcium(out);
            case KIDNEY_BEFORE_ZOLEDRONIC, BLOOD_COUNT_BEFORE_DOSE -> beforeEachDose(kind, out);
            case LIVER_ON_ABIRATERONE -> liver(out);
            case NEXT_INJECTION -> nextDose(out);
            case DENTAL_RECALL -> dentalRecall(out);
            default -> { }
        }
    }

    private void dentalBefore(Consumer<Reminder> out) {
        Schedule first = versions.get(0);
        LocalDate firstDose = ScheduleExpansion.nextDay(first, first.start()).orElse(first.start());
        if (firstDose.isBefore(today)) return;
        String key = key(ReminderKind.DENTAL_BEFORE_BONE_DRUG);
        LocalDate ruleDue = firstDose.minusDays(DENTAL_DAYS_BEFORE);
        LocalDate due = ReminderRules.settle(ruleDue, storedDue.get(key), today);
        out.accept(ReminderTexts.dentalBefore(key, medication, firstDose, due, due.isAfter(ruleDue)));
    }

    private void calcium(Consumer<Reminder> out) {
        if (!currentOrPlanned()) return;
        String key = key(ReminderKind.CALCIUM_VITAMIN_D);
        out.accept(ReminderTexts.calcium(key, medication, ReminderRules.settle(start(), storedDue.get(key), today)));
    }

    private void beforeEachDose(ReminderKind kind, Consumer<Reminder> out) {
        for (LocalDate dose : doseDays(today, today.plusDays(LOOK_AHEAD_DAYS))) {
            String key = key(kind) + ":" + dose;
            LocalDate due = dose.minusDays(DAYS_BEFORE_DOSE);
            out.accept(kind == ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC
                    ? ReminderTexts.kidney(key, medication, dose, due)
                    : ReminderTexts.bloodCount(key, medication, dose, due));
        }
    }

    private void nextDose(Consumer<Reminder> out) {
        Optional<LocalDate> next = versions.stream().filter(MedicineReminders::onSetDays)
                .flatMap(v -> ScheduleExpansion.nextDay(v, today).stream())
                .min(LocalDate::compareTo);
        next.ifPresent(dose -> {
            String key = key(ReminderKind.NEXT_INJECTION) + ":" + dose;
            out.accept(ReminderTexts.nextDose(key, medication, dose, dose.minusDays(DAYS_BEFORE_DOSE)));
        });
    }

    private void liver(Consumer<Reminder> out) {
        LocalDate fortnightlyEnd = start().plusWeeks(LIVER_FORTNIGHTLY_WEEKS);
        List<LocalDate> series = new ArrayList<>();
        LocalDate horizon = today.plusDays(LOOK_AHEAD_DAYS);
        for (LocalDate d = start(); !d.isAfter(fortnightlyEnd) && !d.isAfter(horizon); d = d.plusWeeks(2)) {
            series.add(d);
        }
        for (int month = 1; ; month++) {
            LocalDate d = fortnightlyEnd.plusMonths(month);
            if (d.isAfter(horizon)) break;
            series.add(d);
        }
        for (LocalDate d : latestAndAhead(series, horizon)) {
            String key = key(ReminderKind.LIVER_ON_ABIRATERONE) + ":" + d;
            out.accept(ReminderTexts.liver(key, medication, d, !d.isAfter(fortnightlyEnd)));
        }
    }

    private void dentalRecall(Consumer<Reminder> out) {
        List<LocalDate> series = new ArrayList<>();
        LocalDate d;
        int k = 1;
        do {
            d = start().plusMonths((long) DENTAL_RECALL_MONTHS * k++);
            series.add(d);
        } while (!d.isAfter(today));
        // The series ends with the first visit after today: the "next" one, however far ahead.
        for (LocalDate visit : latestAndAhead(series, d)) {
            String key = key(ReminderKind.DENTAL_RECALL) + ":" + visit;
            out.accept(ReminderTexts.dentalRecall(key, medication, visit));
        }
    }

    /** Of a date series (ascending), the latest on or before today and those after it up to the horizon, in the plan. */
    private List<LocalDate> latestAndAhead(List<LocalDate> series, LocalDate horizon) {
        LocalDate latest = series.stream().filter(x -> !x.isAfter(today)).reduce((a, b) -> b).orElse(null);
        return series.stream()
                .filter(x -> x.equals(latest) || x.isAfter(today) && !x.isAfter(horizon))
                .filter(this::inPlan)
                .toList();
    }

    private List<LocalDate> doseDays(LocalDate from, LocalDate to) {
        return versions.stream().filter(MedicineReminders::onSetDays)
                .flatMap(v -> ScheduleExpansion.dueDays(v, from, to).stream())
                .distinct().sorted().toList();
    }

    /** EVERY and CYCLE schedules: doses on set days a few weeks or months apart, usually at a clinic. */
    private static boolean onSetDays(Schedule v) {
        return v.kind() == ScheduleKind.EVERY || v.kind() == ScheduleKind.CYCLE;
    }

    private String key(ReminderKind kind) {
        return kind.id() + ":" + medication.id();
    }
}
