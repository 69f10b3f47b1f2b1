package org.carejournal.ui.symptoms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Symptoms;

/**
 * Check-in ports kept in memory, for screen tests written before the SQLite repositories reach this
 * branch. Test code only: one person, just enough behaviour for the trends screen (which only reads).
 */
final class MemoryCheckInPorts {
    final MemoryCheckIns checkIns = new MemoryCheckIns();
    final MemoryPainLog pain = new MemoryPainLog();
    final MemorySymptoms symptoms = new MemorySymptoms();
    private static long nextId = 1;

    static final class MemoryCheckIns implements CheckIns {
        private final List<CheckIn> all = new ArrayList<>();

        @Override
        public Optional<CheckIn> on(long personId, LocalDate date) {
            return all.stream().filter(c -> c.date().equals(date)).findFirst();
        }

        @Override
        public CheckIn save(long personId, CheckIn checkIn) {
            all.removeIf(c -> c.date().equals(checkIn.date()));
            CheckIn saved = checkIn.withId(nextId++);
            all.add(saved);
            all.sort(Comparator.comparing(CheckIn::date));
            return saved;
        }

        @Override
        public List<CheckIn> between(long personId, DateRange range) {
            return all.stream().filter(c -> range.contains(c.date())).toList();
        }

        @Override
        public List<LocalDate> datesWith(long personId, DateRange range) {
            return between(personId, range).stream().map(CheckIn::date).toList();
        }

        @Override
        public boolean any(long personId) {
            return !all.isEmpty();
        }
    }

    static final class MemoryPainLog implements PainLog {
        private final List<PainEntry> all = new ArrayList<>();

        @Override
        public PainEntry add(long personId, PainEntry entry) {
            PainEntry saved = entry.withId(nextId++);
            all.add(saved);
            all.sort(Comparator.comparing(PainEntry::takenAt));
            return saved;
        }

        @Override
        public void update(PainEntry entry) {
            delete(entry.id());
            all.add(entry);
            all.sort(Comparator.comparing(PainEntry::takenAt));
        }

        @Override
        public void delete(long id) {
            all.removeIf(p -> p.id() == id);
        }

        @Override
        public List<PainEntry> between(long personId, DateRange range) {
            return all.stream().filter(p -> range.contains(p.date())).toList();
        }
    }

    static final class MemorySymptoms implements Symptoms {
        private final List<Symptom> all = new ArrayList<>();

        @Override
        public List<Symptom> list(long personId) {
            return List.copyOf(all);
        }

        @Override
        public Symptom addCustom(long personId, String name) {
            Symptom s = new Symptom(nextId++, null, name, false, all.size());
            all.add(s);
            return s;
        }

        @Override
        public void setHidden(long symptomId, boolean hidden) {
            all.replaceAll(s -> s.id() == symptomId ? s.withHidden(hidden) : s);
        }

        @Override
        public void reorder(long personId, List<Long> idsInOrder) {
            all.sort(Comparator.comparingInt(s -> idsInOrder.indexOf(s.id())));
        }
    }
}
