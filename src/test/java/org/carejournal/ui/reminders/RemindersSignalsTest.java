package org.carejournal.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Reminders screen asks the "Learn more" panel to explain, on a real journal file (24 Nov 2026). */
class RemindersSignalsTest {
    @TempDir
    Path dir;
    RemindersFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new RemindersFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    void psaOn(LocalDate day) {
        f.session.labs().add(f.person.id(), LabResult.of(LabTest.PSA, day, LabValue.exact(0.3)));
    }

    String psaTitle() {
        return f.allRows().filter(r -> r.reminder().kind() == ReminderKind.PSA_DUE).findFirst().orElseThrow().title();
    }

    @Test
    void anOverduePsaTestIsFlaggedAndRemindersOfOnesOwnNameNoArticle() {
        psaOn(LocalDate.of(2026, 6, 1));   // every 3 months: due 1 Sep, long passed
        f.own("Ring the pharmacy", -2);
        f.vm.load();
        assertThat(f.vm.learnSignals()).containsExactly(
                new LearnSignal("psa-tests", LearnSignal.FLAGGED, "Why: " + psaTitle() + "."));
    }

    @Test
    void aPsaTestDueSoonIsShownAndOneDueLaterIsBackground() {
        f.vm.load();   // no PSA yet: the first test is due now
        assertThat(f.vm.dueSoon()).anyMatch(r -> r.reminder().kind() == ReminderKind.PSA_DUE);
        assertThat(f.vm.learnSignals()).containsExactly(
                new LearnSignal("psa-tests", LearnSignal.SHOWN, "Why: " + psaTitle() + "."));

        psaOn(LocalDate.of(2026, 10, 28));   // next due 28 Jan
        f.vm.load();
        assertThat(f.vm.learnSignals()).containsExactly(
                new LearnSignal("psa-tests", LearnSignal.BACKGROUND, "Why: " + psaTitle() + "."));
    }

    @Test
    void aComingAppointmentIsShownWithItsPreparationReminder() {
        psaOn(LocalDate.of(2026, 10, 28));
        f.service.addAppointment(f.person.id(), new Appointment(0, LocalDateTime.of(2026, 12, 10, 9, 0), "Dr Patel", "", ""));
        f.vm.load();
        assertThat(f.vm.learnSignals()).extracting(LearnSignal::tag, LearnSignal::weight).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("psa-tests", LearnSignal.BACKGROUND),
                org.assertj.core.api.Assertions.tuple(LearnTags.APPOINTMENTS, LearnSignal.BACKGROUND),
                org.assertj.core.api.Assertions.tuple(LearnTags.APPOINTMENTS, LearnSignal.SHOWN));
        assertThat(f.vm.learnSignals()).contains(new LearnSignal(LearnTags.APPOINTMENTS, LearnSignal.SHOWN,
                "An appointment with Dr Patel is coming up."));

        f.vm.deleteAppointment(f.vm.appointments().get(0));
        assertThat(f.vm.learnSignals()).extracting(LearnSignal::tag).containsExactly("psa-tests");
    }
}
