package org.carejournal.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.ui.Async;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on a real journal file: twice-daily abiraterone since Sunday, one dose of Monday evening
 * not recorded, a reminder overdue and one due today. The clock is moved by hand between checks.
 */
class DueWatcherTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ZoneId ZONE = ZoneId.systemDefault();

    @TempDir
    Path dir;
    JournalSession session;
    Person person;
    PlanItem abiraterone;
    DoseChecklist checklist;
    final MovableClock clock = new MovableClock(TODAY.atTime(7, 30));
    final List<Announcement> shown = new ArrayList<>();
    DueWatcher watcher;

    @BeforeEach
    void open() throws Exception {
        session = JournalSession.open(Files.createTempFile(dir, "due", ".db"));
        person = session.people().create("Test Person");
        // A recent PSA, so the PSA reminder is months away and stays out of this test.
        session.labs().add(person.id(), LabResult.of(LabTest.PSA, LocalDate.of(2026, 11, 1), LabValue.exact(2.1)));
        PlanService plan = new PlanService(session.medicationPorts(), clock);
        abiraterone = plan.add(person.id(), Medication.draft(null, "Abiraterone", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR,
                        Route.BY_MOUTH),
                Rhythms.daily(0, LocalDate.of(2026, 11, 22), null, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), "500 mg"),
                false);
        checklist = new DoseChecklist(session.medicationPorts(), clock);
        long med = abiraterone.medication().id();
        for (LocalDateTime due : List.of(LocalDateTime.of(2026, 11, 22, 8, 0), LocalDateTime.of(2026, 11, 22, 20, 0),
                LocalDateTime.of(2026, 11, 23, 8, 0))) {
            session.medicationPorts().doses().record(DoseEvent.taken(med, due, due));
        }
        ReminderService reminders = new ReminderService(session.medicationPorts(), session.labs(), session.settings(),
                MedicationCatalog.load(), clock);
        reminders.addCustom(person.id(), "Ring the pharmacy", "", TODAY.minusDays(3));
        reminders.addCustom(person.id(), "Collect the prescription", "From the hospital pharmacy", TODAY);
        watcher = new DueWatcher(new JournalDueSource(checklist, reminders, person.id()), Async.direct(), clock, shown::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void onStartASummaryAndTodaysReminderThenEachDoseWhenItsTimeComes() {
        watcher.checkNow(true);
        assertThat(shown).extracting(Announcement::kind, Announcement::title, Announcement::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Announcement.Kind.SUMMARY, "Waiting for you in the journal",
                        "1 overdue reminder, 1 missed dose"),
                org.assertj.core.groups.Tuple.tuple(Announcement.Kind.REMINDER, "Due today: Collect the prescription",
                        "From the hospital pharmacy"));

        shown.clear();
        clock.set(TODAY.atTime(7, 59));
        watcher.checkNow(false);
        assertThat(shown).isEmpty();

        clock.set(TODAY.atTime(8, 0));
        watcher.checkNow(false);
        assertThat(shown).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Time for Abiraterone");
            assertThat(a.text()).startsWith("Abiraterone 500 mg, due 08:00");
        });

        shown.clear();
        for (int minute = 1; minute <= 12; minute++) {
            clock.set(TODAY.atTime(8, minute));
            watcher.checkNow(false);
        }
        assertThat(shown).as("nothing is said twice").isEmpty();
    }

    @Test
    void aDoseRecordedBeforeItsTimeIsNotAnnounced() {
        watcher.checkNow(true);
        shown.clear();
        session.medicationPorts().doses().record(DoseEvent.taken(abiraterone.medication().id(), TODAY.atTime(20, 0),
                TODAY.atTime(19, 40)));
        clock.set(TODAY.atTime(20, 0));
        watcher.checkNow(false);
        assertThat(shown).extracting(Announcement::title).doesNotContain("Time for Abiraterone");
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDateTime start) {
            set(start);
        }

        void set(LocalDateTime t) {
            now = t.atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
