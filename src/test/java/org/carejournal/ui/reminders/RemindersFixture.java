package org.carejournal.ui.reminders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.ui.Async;

/** A real journal file with one person and a Reminders view model on a fixed clock (10:30, Tuesday 24 Nov 2026). */
final class RemindersFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    final JournalSession session;
    final Person person;
    final ReminderService service;
    final RemindersViewModel vm;

    RemindersFixture(Path dir) throws Exception {
        session = JournalSession.open(Files.createTempFile(dir, "reminders", ".db"));
        person = session.people().create("Test Person");
        service = new ReminderService(session.medicationPorts(), session.labs(), session.settings(),
                MedicationCatalog.load(), CLOCK);
        vm = new RemindersViewModel(service, person.id(), Async.direct(), CLOCK);
    }

    /** A reminder of one's own, due {@code days} from today (negative: in the past). */
    Reminder own(String title, int days) {
        return service.addCustom(person.id(), title, "", TODAY.plusDays(days));
    }

    /** The saved reminder with this id, as the journal file has it now. */
    Reminder saved(long id) {
        return service.all(person.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    List<Reminder> savedOfKind(ReminderKind kind) {
        return service.all(person.id()).stream().filter(r -> r.kind() == kind).toList();
    }

    /** Titles of the reminders added by hand in a group, in the order shown. */
    static List<String> own(List<ReminderRow> rows) {
        return rows.stream().filter(r -> r.reminder().kind() == ReminderKind.CUSTOM).map(ReminderRow::title).toList();
    }

    static ReminderRow row(List<ReminderRow> rows, long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Every row on the screen, in all four groups. */
    Stream<ReminderRow> allRows() {
        return Stream.of(vm.overdue(), vm.dueSoon(), vm.later(), vm.done()).flatMap(List::stream);
    }

    @Override
    public void close() {
        session.close();
    }
}
