package org.carejournal.ui.today;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.carejournal.app.JournalSession;
import org.carejournal.care.CheckInService;
import org.carejournal.care.TreatmentContext;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.ui.Async;

/** A real journal file with one person and a Today view model on a fixed clock (10:30, 24 Nov 2026). */
final class TodayFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    final JournalSession session;
    final Person person;
    final TodayViewModel vm;

    TodayFixture(Path dir) throws Exception {
        session = JournalSession.open(Files.createTempFile(dir, "today", ".db"));
        person = session.people().create("Test Person");
        vm = new TodayViewModel(session.checkInPorts(), service(), person.id(), Async.direct(), CLOCK);
    }

    CheckInService service() {
        return new CheckInService(session.checkInPorts(), day -> TreatmentContext.UNKNOWN);
    }

    Symptom symptom(StandardSymptom kind) {
        return session.symptoms().list(person.id()).stream().filter(s -> s.standard() == kind).findFirst().orElseThrow();
    }

    RatingRowModel row(StandardSymptom kind) {
        return vm.rows().stream().filter(r -> r.symptom().standard() == kind).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        session.close();
    }
}
