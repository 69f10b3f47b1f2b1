package org.carejournal.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.domain.sample.SampleCheckIns;
import org.carejournal.domain.sample.SampleMedications;
import org.carejournal.domain.sample.SampleStory;

/** Writes the sample journal: made-up data, marked as sample inside the file. */
public final class SampleJournal {
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
