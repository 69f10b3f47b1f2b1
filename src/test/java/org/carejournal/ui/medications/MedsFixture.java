package org.carejournal.ui.medications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Route;
import org.carejournal.ui.Async;

/**
 * A real journal file with one person and a Medicines view model on a fixed clock: Tuesday 24 Nov 2026,
 * 10:30. The plan helpers add medicines as a caregiver would.
 */
final class MedsFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    static final LocalTime EIGHT = LocalTime.of(8, 0);

    final JournalSession session;
    final Person person;
    final MedicationPorts ports;
    final PlanService plan;
    final MedicationsViewModel vm;
    int planChanges;

    MedsFixture(Path dir) throws Exception {
        session = JournalSession.open(Files.createTempFile(dir, "meds", ".db"));
        person = session.people().create("Test Person");
        ports = session.medicationPorts();
        plan = new PlanService(ports, CLOCK);
        vm = new MedicationsViewModel(plan, new DoseChecklist(ports, CLOCK), ports.doses(), person.id(), Async.direct(),
                CLOCK, () -> planChanges++);
    }

    /** Abiraterone 1000 mg every day at 08:00 since Friday 20 Nov: four days before today. */
    PlanItem abiraterone() {
        return plan.add(person.id(), Medication.draft("abiraterone", "Abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR,
                Route.BY_MOUTH), Rhythms.daily(0, TODAY.minusDays(4), null, List.of(EIGHT), "1000 mg"), false);
    }

    /** Prednisone 5 mg at 08:00 and 20:00, from today. */
    PlanItem prednisone() {
        return plan.add(person.id(), Medication.draft("prednisone", "Prednisone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH),
                Rhythms.daily(0, TODAY, null, List.of(EIGHT, LocalTime.of(20, 0)), "5 mg"), false);
    }

    /** Paracetamol 1 g when needed, up to 4 times a day. */
    PlanItem paracetamol() {
        return plan.add(person.id(), Medication.draft(null, "Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH),
                Rhythms.asNeeded(0, TODAY.minusDays(30), "1 g", "up to 4 times a day"), false);
    }

    /** Every dose logged for the person, oldest first. */
    List<DoseEvent> logged() {
        return ports.doses().between(person.id(), TODAY.minusYears(1), TODAY);
    }

    DoseRowModel today(String when, String what) {
        return vm.doses().today().stream().filter(r -> r.when().equals(when) && r.what().equals(what)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        session.close();
    }
}
