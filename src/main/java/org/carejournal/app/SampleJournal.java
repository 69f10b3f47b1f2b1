package org.carejournal.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.domain.sample.SampleCheckIns;
import org.carejournal.domain.sample.SampleMedications;
import org.carejournal.domain.sample.SampleStory;

/** Writes the sample journal: made-up data, marked as sample inside the file. */
public final class SampleJournal {
    /** Reminders due in these last days are left open. */
    static final int OPEN_DAYS = 10;
    private static final long REMINDER_SEED = 20_261_001L;

    private SampleJournal() {}

    /**
     * Writes the sample story into {@code file}. An older sample there is replaced; any other
     * journal with people in it is refused, so real data is never overwritten.
     */
    public static void write(Path file, LocalDate today) {
        if (Files.exists(file)) {
            boolean replaceable;
            try (JournalSession existing = JournalSession.open(file)) {
                replaceable = existing.settings().isSample() || existing.people().all().isEmpty();
            }
            if (!replaceable) {
                throw new IllegalStateException(file + " already holds a journal with real entries; "
                        + "the sample was not written. Choose another file.");
            }
            deleteWithSidecars(file);
        }
        try (JournalSession s = JournalSession.open(file)) {
            s.database().inTransactionDo(c -> {
                Person p = s.people().create(SampleStory.personName());
                s.labs().addAll(p.id(), SampleStory.labs(today));
                s.settings().setTreatmentStart(p.id(), SampleStory.abirateroneStart(today));
                s.settings().markSample();
                writeCheckIns(s, p.id(), today);
                writeMedications(s.medicationPorts(), p.id(), today);
                writeReminders(s, p.id(), today);
            });
        }
    }

    /** Three years of daily check-ins and pain entries (in the caller's transaction, so it is quick). */
    static void writeCheckIns(JournalSession s, long personId, LocalDate today) {
        Map<StandardSymptom, Long> ids = new EnumMap<>(StandardSymptom.class);
        for (Symptom sym : s.symptoms().list(personId)) sym.standardKind().ifPresent(k -> ids.put(k, sym.id()));
        for (SampleCheckIns.Day day : SampleCheckIns.days(today)) {
            Map<Long, Integer> ratings = new HashMap<>();
            day.ratings().forEach((kind, r) -> ratings.put(ids.get(kind), r));
            s.checkIns().save(personId, new CheckIn(0, day.date(), ratings, Set.of(), day.temperature(), day.note()));
            if (day.pain() != null) s.painLog().add(personId, day.pain());
        }
    }

    /**
     * Three years of medicines, schedule versions, treatment lines and dose log, and the appointments
     * (in the caller's transaction: a few thousand dose rows are then quick).
     */
    static void writeMedications(MedicationPorts ports, long personId, LocalDate today) {
        SampleMedications.Story story = SampleMedications.story(today);
        Map<String, Long> ids = new HashMap<>();
        for (SampleMedications.Entry e : story.medicines()) {
            Medication m = ports.plan().add(personId, e.medication());
            ids.put(e.key(), m.id());
            for (Schedule v : e.versions()) ports.plan().addSchedule(v.withMedication(m.id()));
            for (DoseEvent d : e.doses()) {
                ports.doses().record(new DoseEvent(0, m.id(), d.dueAt(), d.status(), d.takenAt(), d.reason(), d.amount()));
            }
        }
        for (SampleMedications.Line l : story.lines()) {
            Set<Long> meds = l.keys().stream().map(ids::get).collect(Collectors.toSet());
            ports.plan().addLine(personId, new TreatmentLine(0, l.start(), l.name(), meds));
        }
        for (Appointment a : story.appointments()) ports.appointments().add(personId, a);
    }

    /**
     * The care reminders as if Robert had used the journal: the rules are run as of the ADT start and then
     * every 4 weeks of the last 14 months (each run makes what is due before the next one), and each
     * reminder due by then is marked done up to two days after its due date. Those of the last
     * {@value #OPEN_DAYS} days are left open, so the sample shows a few overdue ones. Fewer runs would miss
     * injections; older months would only slow the sample down.
     */
    static void writeReminders(JournalSession s, long personId, LocalDate today) {
        MedicationCatalog catalog = MedicationCatalog.load();
        Random late = new Random(REMINDER_SEED);
        LocalDate openFrom = today.minusDays(OPEN_DAYS);
        List<LocalDate> runs = new ArrayList<>(List.of(SampleStory.adtStart(today)));
        for (LocalDate d = SampleStory.abirateroneStart(today).minusDays(28); d.isBefore(openFrom); d = d.plusDays(28)) {
            runs.add(d);
        }
        for (int i = 0; i < runs.size(); i++) {
            LocalDate until = i + 1 < runs.size() && runs.get(i + 1).isBefore(openFrom) ? runs.get(i + 1) : openFrom;
            service(s, catalog, runs.get(i)).regenerate(personId);
            ReminderService after = service(s, catalog, until);
            for (Reminder r : after.all(personId)) {
                if (!r.open() || !r.due().isBefore(until)) continue;
                LocalDate done = r.due().plusDays(late.nextInt(3));
                after.markDone(r, done.isBefore(until) ? done : until);
            }
        }
        service(s, catalog, today).regenerate(personId);
    }

    private static ReminderService service(JournalSession s, MedicationCatalog catalog, LocalDate asOf) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(asOf.atStartOfDay(zone).toInstant(), zone);
        return new ReminderService(s.medicationPorts(), s.labs(), s.settings(), catalog, clock);
    }

    private static void deleteWithSidecars(Path file) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
