package org.carejournal.domain.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * Robert's medicines for the sample journal, following {@link SampleStory}: three years of plan and
 * dose log.
 *
 * <ul>
 *   <li>At diagnosis: paracetamol when needed for the bone pain; bicalutamide from a week before the
 *       first leuprolide injection for four weeks (it blunts the testosterone flare); five sessions of
 *       radiation to the painful left hip in the second week.</li>
 *   <li>ADT (the first treatment line): leuprolide, a 1-month depot for three months, then the
 *       3-month depot ever since.</li>
 *   <li>When PSA rose again (the second line, about 14 months ago): abiraterone once a day with
 *       prednisone twice a day, ADT going on; a dental checkup, then denosumab every 4 weeks with daily
 *       calcium + vitamin D.</li>
 * </ul>
 * The story has not reached progression on abiraterone, so there is no chemotherapy.
 *
 * <p>Ids are 0 until saved: the schedules and dose events of an entry belong to its medicine, and a line
 * names its medicines by key. Deterministic: dates counted from {@code today}, noise from a fixed seed.
 */
public final class SampleMedications {

    /** Keys of the story's medicines (their medication catalog keys). */
    public static final String LEUPROLIDE = "leuprolide";
    public static final String BICALUTAMIDE = "bicalutamide";
    public static final String RADIATION = "external-beam-radiation";
    public static final String ABIRATERONE = "abiraterone";
    public static final String PREDNISONE = "prednisone";
    public static final String DENOSUMAB = "denosumab";
    public static final String CALCIUM = "calcium-vitamin-d";
    public static final String PARACETAMOL = "paracetamol";

    /** Days from the diagnosis (and the first paracetamol) to the ADT start. */
    public static final int DAYS_BEFORE_ADT = 24;
    /** Days after the ADT start of the dental checkup that comes before the first denosumab dose. */
    static final int DENTAL_CHECK_DAY = 662;
    static final int DENOSUMAB_DAY = 690;

    /**
     * One medicine with its plan versions and dose log (ids 0; {@code medicationId} 0 until saved).
     *
     * @param key the medicine's catalog key, which lines use to name it
     */
    public record Entry(String key, Medication medication, List<Schedule> versions, List<DoseEvent> doses) {
        public Entry {
            versions = List.copyOf(versions);
            doses = List.copyOf(doses);
        }
    }

    /** A treatment line of the story; {@code keys} name its medicines. */
    public record Line(LocalDate start, String name, List<String> keys) {}

    /** The whole medication history: medicines in the order they were added, lines, appointments. */
    public record Story(List<Entry> medicines, List<Line> lines, List<Appointment> appointments) {

        public Entry medicine(String key) {
            return medicines.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
        }

        /** Every dose event of every medicine. */
        public int doseCount() {
            return medicines.stream().mapToInt(e -> e.doses().size()).sum();
        }
    }

    private SampleMedications() {}

    /** The story as of {@code today}: doses are logged up to yesterday, today's are still to tick off. */
    public static Story story(LocalDate today) {
        LocalDate adt = SampleStory.adtStart(today);
        LocalDate abiraterone = SampleStory.abirateroneStart(today);
        SampleDoses doses = new SampleDoses(today);
        List<Entry> meds = new ArrayList<>();

        Schedule paracetamol = new Schedule(0, 0, ScheduleKind.AS_NEEDED, null, adt.minusDays(DAYS_BEFORE_ADT), null, List.of(),
                "1 g", "Up to 4 times a day, at least 4 hours apart");
        meds.add(new Entry(PARACETAMOL, med(PARACETAMOL, "Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH),
                List.of(paracetamol), doses.asNeeded(SampleCheckIns.days(today))));

        Schedule bicalutamide = daily(adt.minusDays(7), adt.plusDays(20), "50 mg", at(8, 0));
        meds.add(entry(BICALUTAMIDE, med(BICALUTAMIDE, "Bicalutamide (Casodex)", DrugClass.OLDER_ANTIANDROGEN,
                Route.BY_MOUTH), doses, bicalutamide));

        // A 1-month depot first, then the 3-month one: the plan changed, the history kept its versions.
        LocalDate threeMonthly = adt.plusMonths(3);
        Schedule monthly = every(adt, threeMonthly.minusDays(1), 1, "MONTHLY", "7.5 mg", at(10, 30));
        Schedule quarterly = every(threeMonthly, null, 3, "MONTHLY", "22.5 mg", at(10, 30));
        meds.add(entry(LEUPROLIDE, med(LEUPROLIDE, "Leuprolide (Lupron Depot)", DrugClass.LHRH_AGONIST,
                Route.INJECTION), doses, monthly, quarterly));

        Schedule radiation = new Schedule(0, 0, ScheduleKind.ONCE, null, adt.plusDays(10), adt.plusDays(14), List.of(),
                "", "5 sessions to the left hip, for the pain");
        meds.add(new Entry(RADIATION, med(RADIATION, "Radiation to the left hip", DrugClass.RADIATION, Route.RADIATION),
                List.of(radiation), List.of()));

        Schedule emptyStomach = new Schedule(0, 0, ScheduleKind.DAILY, "FREQ=DAILY", abiraterone, null,
                List.of(at(7, 0)), "1000 mg", "No food 2 hours before and 1 hour after");
        meds.add(entry(ABIRATERONE, med(ABIRATERONE, "Abiraterone (Zytiga)", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR,
                Route.BY_MOUTH), doses, emptyStomach));
        meds.add(entry(PREDNISONE, med(PREDNISONE, "Prednisone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH), doses,
                daily(abiraterone, null, "5 mg", at(8, 0), at(20, 0))));

        LocalDate denosumab = adt.plusDays(DENOSUMAB_DAY);
        meds.add(entry(CALCIUM, med(CALCIUM, "Calcium + vitamin D (Adcal-D3)", DrugClass.SUPPLEMENT, Route.BY_MOUTH),
                doses, daily(denosumab.minusDays(7), null, "1 tablet", at(12, 30))));
        meds.add(entry(DENOSUMAB, med(DENOSUMAB, "Denosumab (Xgeva)", DrugClass.RANKL_INHIBITOR, Route.INJECTION),
                doses, every(denosumab, null, 4, "WEEKLY", "120 mg", at(11, 0))));

        List<Line> lines = List.of(
                new Line(adt, "ADT (leuprolide) + bicalutamide", List.of(LEUPROLIDE, BICALUTAMIDE)),
                new Line(abiraterone, "Abiraterone + prednisone, with ADT", List.of(LEUPROLIDE, ABIRATERONE, PREDNISONE)));
        return new Story(meds, lines, appointments(today, adt, abiraterone));
    }

    private static List<Appointment> appointments(LocalDate today, LocalDate adt, LocalDate abiraterone) {
        return List.of(
                new Appointment(0, abiraterone.minusDays(10).atTime(14, 15), "Dr Patel, oncology",
                        "City Hospital", "PSA rising again: talked about adding abiraterone"),
                new Appointment(0, adt.plusDays(DENTAL_CHECK_DAY).atTime(9, 40), "Dentist", "High Street Dental",
                        "Checkup before starting denosumab"),
                new Appointment(0, today.plusDays(9).atTime(10, 30), "Dr Patel, oncology", "City Hospital",
                        "Review the latest PSA and how abiraterone is going"));
    }

    private static Entry entry(String key, Medication m, SampleDoses doses, Schedule... versions) {
        List<DoseEvent> log = new ArrayList<>();
        for (Schedule s : versions) log.addAll(doses.planned(key, s));
        return new Entry(key, m, List.of(versions), log);
    }

    private static Medication med(String key, String name, DrugClass c, Route route) {
        return new Medication(0, key, name, c, route, "", false);
    }

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    /** A daily version, written as {@code org.carejournal.care.meds.Rhythms} writes it. */
    private static Schedule daily(LocalDate start, LocalDate end, String dose, LocalTime... times) {
        return new Schedule(0, 0, ScheduleKind.DAILY, "FREQ=DAILY", start, end, List.of(times), dose, "");
    }

    /**
     * An every-N version, written as {@code Rhythms.every} writes it: a monthly rule started on the 29th
     * to 31st falls on the last day of shorter months.
     */
    private static Schedule every(LocalDate start, LocalDate end, int n, String freq, String dose, LocalTime time) {
        String rule = "FREQ=" + freq + ";INTERVAL=" + n;
        if (freq.equals("MONTHLY") && start.getDayOfMonth() > 28) {
            rule += ";BYMONTHDAY=" + start.getDayOfMonth() + ",-1;BYSETPOS=1";
        }
        return new Schedule(0, 0, ScheduleKind.EVERY, rule, start, end, List.of(time), dose, "");
    }
}
