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
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;

/**
 * A small catalog and a plan builder for the reminder tests. Today is Tuesday 10 March 2026 throughout;
 * 56 days ahead is 5 May 2026.
 */
final class ReminderPlans {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalTime NINE = LocalTime.of(9, 0);

    static final MedicationCatalog CATALOG = MedicationCatalog.of(List.of(
            entry("zoledronic-acid", DrugClass.BISPHOSPHONATE, Route.INFUSION,
                    Set.of(DENTAL_BEFORE_BONE_DRUG, CALCIUM_VITAMIN_D, KIDNEY_BEFORE_ZOLEDRONIC, DENTAL_RECALL)),
            entry("leuprolide", DrugClass.LHRH_AGONIST, Route.INJECTION,
                    Set.of(NEXT_INJECTION, BONE_DENSITY_ON_ADT, ReminderKind.PSA_DUE)),
            entry("abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH, Set.of(LIVER_ON_ABIRATERONE)),
            entry("docetaxel", DrugClass.CHEMOTHERAPY, Route.INFUSION, Set.of(BLOOD_COUNT_BEFORE_DOSE, NEXT_INJECTION)),
            entry("olaparib", DrugClass.PARP_INHIBITOR, Route.BY_MOUTH, Set.of(BLOOD_COUNT_BEFORE_DOSE)),
            entry("paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH, Set.of())));

    /** The catalog the app ships (catalog.txt). */
    static final MedicationCatalog REAL_CATALOG = MedicationCatalog.load();

    private ReminderPlans() {}

    static CatalogEntry entry(String key, DrugClass c, Route route, Set<ReminderKind> reminders) {
        return new CatalogEntry(key, key, List.of(), c, route, List.of(), reminders);
    }

    static LocalDate d(String iso) { return LocalDate.parse(iso); }

    /** A plan under construction: medicines, their schedule versions, appointments and the PSA facts. */
    static final class Plan {
        final List<Medication> medications = new ArrayList<>();
        final List<Schedule> schedules = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
        LocalDate lastPsa;
        int psaMonths = 3;
        Map<String, LocalDate> storedDue = Map.of();

        /** A medicine from the catalog, named as its key. */
        Plan catalog(long id, String key) {
            CatalogEntry e = CATALOG.find(key).orElseThrow();
            medications.add(new Medication(id, key, key, e.drugClass(), e.route(), "", false));
            return this;
        }

        /** A medicine from the app's own catalog resource. */
        Plan real(long id, String key) {
            CatalogEntry e = REAL_CATALOG.find(key).orElseThrow();
            medications.add(new Medication(id, key, e.displayName(), e.drugClass(), e.route(), "", false));
            return this;
        }

        /** A medicine typed by hand. */
        Plan typed(long id, String name, DrugClass c, Route route) {
            medications.add(new Medication(id, null, name, c, route, "", false));
            return this;
        }

        /** A medicine chosen from a catalog entry that is no longer in the catalog. */
        Plan orphan(long id, String key, DrugClass c, Route route) {
            medications.add(new Medication(id, key, key, c, route, "", false));
            return this;
        }

        Plan removed(long id, String key) {
            CatalogEntry e = CATALOG.find(key).orElseThrow();
            medications.add(new Medication(id, key, key, e.drugClass(), e.route(), "", true));
            return this;
        }

        Plan every(long id, String start, String end, int n, ChronoUnit unit) {
            schedules.add(Rhythms.every(id, d(start), end == null ? null : d(end), n, unit, NINE, "1"));
            return this;
        }

        Plan cycle(long id, String start, int everyDays, int doses) {
            schedules.add(Rhythms.cycle(id, d(start), everyDays, doses, NINE, "1"));
            return this;
        }

        Plan daily(long id, String start, String end) {
            schedules.add(Rhythms.daily(id, d(start), end == null ? null : d(end), List.of(NINE), "1"));
            return this;
        }

        Plan once(long id, String start) {
            schedules.add(Rhythms.once(id, d(start), null, ""));
            return this;
        }

        Plan asNeeded(long id, String start) {
            schedules.add(Rhythms.asNeeded(id, d(start), "1 g", "up to 4 times a day"));
            return this;
        }

        Plan appointment(long id, String dateTime) {
            appointments.add(new Appointment(id, java.time.LocalDateTime.parse(dateTime), "Oncology clinic", "", ""));
            return this;
        }

        Plan psa(String last, int months) {
            lastPsa = last == null ? null : d(last);
            psaMonths = months;
            return this;
        }

        Plan stored(Map<String, LocalDate> due) {
            storedDue = due;
            return this;
        }

        ReminderFacts facts() {
            return new ReminderFacts(medications, schedules, appointments, lastPsa, psaMonths, storedDue);
        }
    }

    static Plan plan() { return new Plan(); }
}
