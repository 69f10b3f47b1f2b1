package org.carejournal.app.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.care.meds.ScheduleExpansion;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;

/**
 * The medication share of the heavy journal (issue 4): 12 medicines across the years: daily and
 * twice-daily tablets, a 3-monthly depot throughout, a 4-weekly bone drug, 6 chemotherapy cycles and
 * pain relief when needed, with a treatment line at each of the PSA story's turns and a dose log for
 * every past planned dose (a few skipped or missed). Deterministic (fixed seed).
 */
final class HeavyMedications {
    private static final long SEED = 20_261_126L;
    private static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final LocalTime EVENING = LocalTime.of(20, 0);

    private final MedicationPorts ports;
    private final long personId;
    private final LocalDate today;
    private final Random noise = new Random(SEED);
    private int medicines;
    private int events;

    private HeavyMedications(MedicationPorts ports, long personId, LocalDate today) {
        this.ports = ports;
        this.personId = personId;
        this.today = today;
    }

    /** Counts of what {@link #write} saved. */
    record Written(int medicines, int doseEvents) {}

    /**
     * Writes into the open journal; call inside one transaction.
     *
     * @param lineStarts the PSA story's treatment line starts, oldest first (four of them)
     */
    static Written write(MedicationPorts ports, long personId, LocalDate firstDay, List<LocalDate> lineStarts,
                         LocalDate today) {
        HeavyMedications h = new HeavyMedications(ports, personId, today);
        LocalDate adt = lineStarts.get(0);
        LocalDate second = lineStarts.get(1);
        LocalDate chemo = lineStarts.get(2);
        LocalDate fourth = lineStarts.get(3);

        long depot = h.add("leuprolide", "Leuprolide depot", DrugClass.LHRH_AGONIST, Route.INJECTION,
                Rhythms.every(0, adt, null, 3, ChronoUnit.MONTHS, LocalTime.of(10, 0), "22.5 mg"));
        long bica = h.add("bicalutamide", "Bicalutamide", DrugClass.OLDER_ANTIANDROGEN, Route.BY_MOUTH,
                Rhythms.daily(0, adt.minusDays(7), adt.plusDays(27), List.of(MORNING), "50 mg"));
        h.add("zoledronic-acid", "Zoledronic acid", DrugClass.BISPHOSPHONATE, Route.INFUSION,
                Rhythms.every(0, firstDay.plusMonths(2), second.minusDays(1), 4, ChronoUnit.WEEKS, LocalTime.of(11, 0), "4 mg"));
        long abi = h.add("abiraterone", "Abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH,
                Rhythms.daily(0, second, chemo.minusDays(1), List.of(MORNING), "1000 mg"));
        long pred = h.add("prednisone", "Prednisone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH,
                Rhythms.daily(0, second, chemo.plusDays(130), List.of(MORNING, EVENING), "5 mg"));
        h.add("denosumab", "Denosumab", DrugClass.RANKL_INHIBITOR, Route.INJECTION,
                Rhythms.every(0, second, null, 4, ChronoUnit.WEEKS, LocalTime.of(10, 30), "120 mg"));
        h.add("calcium-vitamin-d", "Calcium + vitamin D", DrugClass.SUPPLEMENT, Route.BY_MOUTH,
                Rhythms.daily(0, firstDay.plusMonths(2), null, List.of(EVENING), "500 mg + 400 IU"));
        long doce = h.add("docetaxel", "Docetaxel", DrugClass.CHEMOTHERAPY, Route.INFUSION,
                Rhythms.cycle(0, chemo, 21, 6, LocalTime.of(9, 0), "75 mg/m²"));
        h.add("dexamethasone", "Dexamethasone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH,
                Rhythms.daily(0, chemo, chemo.plusDays(125), List.of(MORNING, EVENING), "8 mg"));
        long enza = h.add("enzalutamide", "Enzalutamide", DrugClass.NEWER_ANTIANDROGEN, Route.BY_MOUTH,
                Rhythms.daily(0, fourth, null, List.of(MORNING), "160 mg"));
        h.add("olaparib", "Olaparib", DrugClass.PARP_INHIBITOR, Route.BY_MOUTH,
                Rhythms.daily(0, fourth.plusMonths(2), null, List.of(MORNING, EVENING), "300 mg"));
        long para = h.add("paracetamol", "Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH,
                Rhythms.asNeeded(0, firstDay, "1 g", "up to 4 times a day"));
        h.asNeeded(para, firstDay);

        ports.plan().addLine(personId, new TreatmentLine(0, adt, "ADT", Set.of(depot, bica)));
        ports.plan().addLine(personId, new TreatmentLine(0, second, "Abiraterone + prednisone", Set.of(abi, pred)));
        ports.plan().addLine(personId, new TreatmentLine(0, chemo, "Docetaxel", Set.of(doce)));
        ports.plan().addLine(personId, new TreatmentLine(0, fourth, "Enzalutamide", Set.of(enza)));
        ports.appointments().add(personId, new Appointment(0, today.plusDays(9).atTime(14, 30), "Oncology clinic",
                "City Hospital", "Results of the last scan"));
        return new Written(h.medicines, h.events);
    }

    private long add(String key, String name, DrugClass drugClass, Route route, Schedule schedule) {
        Medication m = ports.plan().add(personId, Medication.draft(key, name, drugClass, route));
        Schedule saved = ports.plan().addSchedule(schedule.withMedication(m.id()));
        medicines++;
        logPast(saved);
        return m.id();
    }

    /** Every planned dose before today: nearly all taken on time, some late, a few skipped, a few left missed. */
    private void logPast(Schedule s) {
        for (LocalDateTime due : ScheduleExpansion.dueDoses(s, s.start(), today.minusDays(1))) {
            int roll = noise.nextInt(100);
            if (roll < 2) continue;
            DoseEvent e = roll < 4 ? DoseEvent.skipped(s.medicationId(), due, "Felt sick")
                    : DoseEvent.taken(s.medicationId(), due, roll < 10 ? due.plusMinutes(90) : due);
            ports.doses().record(e);
            events++;
        }
    }

    /** Pain relief on about one day in three. */
    private void asNeeded(long medicationId, LocalDate firstDay) {
        for (LocalDate d = firstDay; d.isBefore(today); d = d.plusDays(1)) {
            if (noise.nextInt(3) != 0) continue;
            ports.doses().record(DoseEvent.asNeeded(medicationId, d.atTime(14, 0), "1 g", "Back pain"));
            events++;
        }
    }
}
