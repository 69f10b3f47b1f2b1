package org.carejournal.care.meds;

import static org.carejournal.domain.meds.ReminderKind.BLOOD_COUNT_BEFORE_DOSE;
import static org.carejournal.domain.meds.ReminderKind.BONE_DENSITY_ON_ADT;
import static org.carejournal.domain.meds.ReminderKind.CALCIUM_VITAMIN_D;
import static org.carejournal.domain.meds.ReminderKind.DENTAL_BEFORE_BONE_DRUG;
import static org.carejournal.domain.meds.ReminderKind.DENTAL_RECALL;
import static org.carejournal.domain.meds.ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC;
import static org.carejournal.domain.meds.ReminderKind.LIVER_ON_ABIRATERONE;
import static org.carejournal.domain.meds.ReminderKind.NEXT_INJECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * DOMAIN.md's care-reminder table as pure rules: from the plan, the last PSA and the appointments, the
 * reminders that should exist today, each with a stable key so that regenerating finds it again.
 *
 * <p>Which rules go with a medicine: for one chosen from the catalog, its entry's
 * {@link CatalogEntry#reminders()}; for one typed by hand (or whose entry is no longer in the catalog),
 * next-injection when it is given at a clinic ({@link org.carejournal.domain.meds.Route#givenAtClinic()}) on
 * an EVERY or CYCLE schedule, plus those its {@link DrugClass} implies: bone-targeted → dental check before,
 * calcium and vitamin D, dental recall; ADT → bone density; chemotherapy or radiopharmaceutical → blood count
 * before each dose. Removed medicines and medicines without a schedule raise nothing.
 *
 * <p>The rules, with their keys ({@code M} the medicine id, {@code D} a date):
 * <ul>
 * <li>{@code dental-before-bone-drug:M}: only while the first dose is today or later; due 14 days before it.
 *     If that day has passed when the reminder first appears, it is due that first day and says it is late.</li>
 * <li>{@code calcium-vitamin-d:M}: once per bone drug still taken or planned; due on its start, or on the day it
 *     first appears if the drug had already started.</li>
 * <li>{@code kidney-before-zoledronic:M:D}, {@code blood-count-before-dose:M:D}: one per dose day D from today
 *     up to {@value #LOOK_AHEAD_DAYS} days ahead, due 3 days before D (so a dose 1 day away has an overdue
 *     test). Only EVERY and CYCLE schedules: their doses are clinic visits; a daily tablet's blood tests follow
 *     the care team's own timetable.</li>
 * <li>{@code liver-on-abiraterone:M:D}: tests at the start and every 2 weeks up to week 12, then monthly from
 *     week 12; the latest one on or before today and those up to {@value #LOOK_AHEAD_DAYS} days ahead, on days
 *     the medicine is in the plan.</li>
 * <li>{@code next-injection:M:D}: the next dose day D of an EVERY or CYCLE schedule, due 3 days before.</li>
 * <li>{@code psa-due:D} with D the last PSA: due the chosen number of months after it. With no PSA at all,
 *     {@code psa-due:none}, due the day it first appears. A new PSA result makes a new key.</li>
 * <li>{@code bone-density-on-adt}: once per person, for the earliest start of an ADT still taken or planned,
 *     due on that start (or the day it first appears, if later).</li>
 * <li>{@code dental-recall:M:D}: every 6 months from the bone drug's start: the latest on or before today
 *     and the next, on days the medicine is in the plan.</li>
 * <li>{@code appointment-prep:A} (A the appointment id): 2 days before each appointment today or later.</li>
 * </ul>
 */
public final class ReminderRules {
    /** How far ahead per-dose and repeating reminders are made. */
    public static final int LOOK_AHEAD_DAYS = 56;
    static final int DAYS_BEFORE_DOSE = 3;
    static final int DENTAL_DAYS_BEFORE = 14;
    static final int PREP_DAYS_BEFORE = 2;
    static final String NO_PSA = "none";

    /** Rules that belong to one medicine; psa-due and appointment-prep are the person's. */
    static final Set<ReminderKind> MEDICINE_RULES = EnumSet.of(DENTAL_BEFORE_BONE_DRUG, CALCIUM_VITAMIN_D,
            KIDNEY_BEFORE_ZOLEDRONIC, BLOOD_COUNT_BEFORE_DOSE, LIVER_ON_ABIRATERONE, NEXT_INJECTION,
            BONE_DENSITY_ON_ADT, DENTAL_RECALL);

    private final MedicationCatalog catalog;

    public ReminderRules(MedicationCatalog catalog) {
        this.catalog = catalog;
    }

    /** The reminders that should exist on {@code today}, open, without ids, by due date then key. */
    public List<Reminder> reminders(ReminderFacts facts, LocalDate today) {
        Map<String, Reminder> out = new LinkedHashMap<>();
        Map<Long, List<Schedule>> versions = facts.schedules().stream()
                .sorted(Comparator.comparing(Schedule::start))
                .collect(Collectors.groupingBy(Schedule::medicationId));
        List<MedicineReminders> adt = new ArrayList<>();
        for (Medication m : facts.medications()) {
            List<Schedule> own = versions.getOrDefault(m.id(), List.of());
            if (m.removed() || own.isEmpty()) continue;
            MedicineReminders one = new MedicineReminders(m, own, facts.storedDue(), today);
            Set<ReminderKind> kinds = rulesFor(m, own);
            for (ReminderKind k : kinds) one.add(k, r -> out.putIfAbsent(r.key(), r));
            if (kinds.contains(BONE_DENSITY_ON_ADT) && one.currentOrPlanned()) adt.add(one);
        }
        boneDensity(adt, facts, today).ifPresent(r -> out.put(r.key(), r));
        Reminder psa = psa(facts, today);
        out.put(psa.key(), psa);
        for (Appointment a : facts.appointments()) {
            LocalDate day = a.at().toLocalDate();
            if (day.isBefore(today)) continue;
            String key = ReminderKind.APPOINTMENT_PREP.id() + ":" + a.id();
            out.put(key, ReminderTexts.appointmentPrep(key, a, day.minusDays(PREP_DAYS_BEFORE)));
        }
        return out.values().stream().sorted(Comparator.comparing(Reminder::due).thenComparing(Reminder::key)).toList();
    }

    /** The medicine rules that apply to a medicine with these schedule versions (see the class comment). */
    public Set<ReminderKind> rulesFor(Medication m, List<Schedule> versions) {
        Optional<CatalogEntry> entry = catalog.find(m.catalogKey());
        EnumSet<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        if (entry.isPresent()) {
            for (ReminderKind k : entry.get().reminders()) if (MEDICINE_RULES.contains(k)) kinds.add(k);
            return kinds;
        }
        boolean atClinicOnDates = m.route() != null && m.route().givenAtClinic()
                && versions.stream().anyMatch(v -> v.kind() == ScheduleKind.EVERY || v.kind() == ScheduleKind.CYCLE);
        if (atClinicOnDates) kinds.add(NEXT_INJECTION);
        DrugClass c = m.drugClass();
        if (c == null) return kinds;
        if (c.isBoneTargeted()) kinds.addAll(EnumSet.of(DENTAL_BEFORE_BONE_DRUG, CALCIUM_VITAMIN_D, DENTAL_RECALL));
        if (c.isAdt()) kinds.add(BONE_DENSITY_ON_ADT);
        if (c.lowersBloodCounts()) kinds.add(BLOOD_COUNT_BEFORE_DOSE);
        return kinds;
    }

    private static Optional<Reminder> boneDensity(List<MedicineReminders> adt, ReminderFacts facts, LocalDate today) {
        return adt.stream().min(Comparator.comparing(MedicineReminders::start)).map(first -> {
            String key = BONE_DENSITY_ON_ADT.id();
            LocalDate due = settle(first.start(), facts.storedDue().get(key), today);
            return ReminderTexts.boneDensity(key, first.medication(), due);
        });
    }

    private static Reminder psa(ReminderFacts facts, LocalDate today) {
        LocalDate last = facts.lastPsa();
        String key = ReminderKind.PSA_DUE.id() + ":" + (last == null ? NO_PSA : last.toString());
        LocalDate due = last == null ? firstSeen(facts.storedDue().get(key), today)
                : last.plusMonths(facts.psaIntervalMonths());
        return ReminderTexts.psa(key, last, facts.psaIntervalMonths(), due);
    }

    /**
     * The due date of a reminder that should not look overdue for a time before it ever appeared: the rule's
     * date when that is today or later; otherwise the day it first appeared (kept in {@code stored}), but
     * never earlier than the rule's date.
     */
    static LocalDate settle(LocalDate ruleDue, LocalDate stored, LocalDate today) {
        if (!ruleDue.isBefore(today)) return ruleDue;
        LocalDate seen = firstSeen(stored, today);
        return seen.isAfter(ruleDue) ? seen : ruleDue;
    }

    /** The day a reminder first appeared: its stored due date, or today when it is new (or stored as later). */
    static LocalDate firstSeen(LocalDate stored, LocalDate today) {
        return stored == null || stored.isAfter(today) ? today : stored;
    }
}
