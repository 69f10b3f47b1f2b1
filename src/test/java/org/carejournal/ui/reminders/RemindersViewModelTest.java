package org.carejournal.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.ui.reminders.RemindersFixture.TODAY;
import static org.carejournal.ui.reminders.RemindersFixture.own;
import static org.carejournal.ui.reminders.RemindersFixture.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.ReminderState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reminders view model on a real journal file, with a same-thread Async and a fixed clock. */
class RemindersViewModelTest {
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

    @Test
    void remindersFallIntoTheirGroupsWithTheirDaysInWords() {
        f.own("Ring the pharmacy", -3);
        f.own("Collect the prescription", 0);
        f.own("Order more pads", 5);
        f.own("Renew the parking permit", 20);
        Reminder closed = f.own("Book the dentist", -1);
        f.service.markDone(closed, TODAY.minusDays(1));
        f.vm.load();

        assertThat(own(f.vm.overdue())).containsExactly("Ring the pharmacy");
        assertThat(own(f.vm.dueSoon())).containsExactly("Collect the prescription", "Order more pads");
        assertThat(own(f.vm.later())).containsExactly("Renew the parking permit");
        assertThat(own(f.vm.done())).containsExactly("Book the dentist");
        assertThat(f.allRows().filter(r -> r.reminder().kind() == ReminderKind.CUSTOM).map(ReminderRow::when))
                .containsExactly("3 days overdue", "due today", "due Sunday 29 Nov", "due Monday 14 Dec",
                        "done on Monday 23 Nov");
        assertThat(f.vm.overdue()).filteredOn(r -> r.reminder().kind() == ReminderKind.CUSTOM)
                .allMatch(ReminderRow::overdue);
        assertThat(f.vm.nothingOpenProperty().get()).isFalse();
    }

    @Test
    void loadingBringsTheRemindersInLineWithThePlanWithTheirReasonsAndSources() {
        f.vm.load();
        assertThat(f.allRows()).noneMatch(r -> r.reminder().kind() == ReminderKind.DENTAL_BEFORE_BONE_DRUG);

        CatalogEntry zoledronic = MedicationCatalog.load().find("zoledronic-acid").orElseThrow();
        new PlanService(f.session.medicationPorts(), RemindersFixture.CLOCK).add(f.person.id(),
                Medication.draft(zoledronic.key(), zoledronic.displayName(), zoledronic.drugClass(), zoledronic.route()),
                Rhythms.every(0, TODAY.plusDays(10), null, 4, ChronoUnit.WEEKS, LocalTime.of(9, 0), "4 mg"), false);
        f.vm.load();

        ReminderRow dental = f.allRows().filter(r -> r.reminder().kind() == ReminderKind.DENTAL_BEFORE_BONE_DRUG)
                .findFirst().orElseThrow();
        assertThat(dental.open()).isTrue();
        assertThat(dental.why()).isNotBlank();
        assertThat(dental.source()).startsWith("Source: ").hasSizeGreaterThan("Source: ".length());
        // The row keeps the article tag for the library to link, once it exists.
        assertThat(dental.articleTag()).isNotEmpty().isEqualTo(f.saved(dental.id()).articleTag());
    }

    @Test
    void changingThePsaIntervalMovesThePsaReminderAndIsKept() {
        f.session.labs().add(f.person.id(), LabResult.of(LabTest.PSA, LocalDate.of(2026, 10, 28), LabValue.exact(0.26)));
        f.vm.load();
        assertThat(f.vm.psaIntervalMonthsProperty().get()).isEqualTo(3);
        assertThat(psaDue()).isEqualTo(LocalDate.of(2027, 1, 28));

        f.vm.setPsaIntervalMonths(6);
        assertThat(f.vm.psaIntervalMonthsProperty().get()).isEqualTo(6);
        assertThat(psaDue()).isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(f.session.settings().psaIntervalMonths(f.person.id())).isEqualTo(6);
        assertThat(f.service.all(f.person.id()).stream().filter(r -> r.kind() == ReminderKind.PSA_DUE)).hasSize(1);
    }

    private LocalDate psaDue() {
        return f.allRows().filter(r -> r.reminder().kind() == ReminderKind.PSA_DUE).findFirst().orElseThrow()
                .reminder().due();
    }

    @Test
    void withNothingOpenTheScreenSaysSo() {
        f.vm.load();
        // A journal without a PSA result starts with one reminder: the first PSA test.
        assertThat(f.vm.nothingOpenProperty().get()).isFalse();
        for (ReminderRow r : List.copyOf(f.vm.dueSoon())) {
            DismissForm form = f.vm.dismissForm();
            form.reasonProperty().set("Not relevant to me");
            f.vm.dismiss(r, form);
        }
        assertThat(f.vm.overdue()).isEmpty();
        assertThat(f.vm.later()).isEmpty();
        assertThat(f.vm.nothingOpenProperty().get()).isTrue();
        f.vm.load();
        assertThat(f.vm.nothingOpenProperty().get()).as("a dismissed reminder is not brought back").isTrue();
    }

    @Test
    void markingDoneMovesTheReminderToDoneWithTheDayGiven() {
        long id = f.own("Ring the pharmacy", -3).id();
        f.vm.load();
        DoneForm form = f.vm.doneForm();
        form.dateProperty().set("2026-11-23");
        assertThat(f.vm.markDone(row(f.vm.overdue(), id), form)).isTrue();

        assertThat(f.vm.overdue()).noneMatch(r -> r.id() == id);
        assertThat(row(f.vm.done(), id).when()).isEqualTo("done on Monday 23 Nov");
        assertThat(f.saved(id).state()).isEqualTo(ReminderState.DONE);
        assertThat(f.saved(id).doneOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(f.vm.statusProperty().get()).isEqualTo("Marked done: Ring the pharmacy.");
    }

    @Test
    void aDoneDayStillToComeIsRefusedAndNothingChanges() {
        long id = f.own("Ring the pharmacy", -3).id();
        f.vm.load();
        DoneForm form = f.vm.doneForm();
        form.dateProperty().set("2026-11-25");
        assertThat(f.vm.markDone(row(f.vm.overdue(), id), form)).isFalse();
        assertThat(form.dateErrorProperty().get()).contains("still to come");
        assertThat(f.saved(id).state()).isEqualTo(ReminderState.OPEN);
        assertThat(row(f.vm.overdue(), id)).isNotNull();
    }

    @Test
    void snoozingMovesTheReminderToItsNewDay() {
        long id = f.own("Ring the pharmacy", -3).id();
        f.vm.load();
        SnoozeForm tomorrow = f.vm.snoozeForm();
        tomorrow.choiceProperty().set(SnoozeForm.Choice.ONE_DAY);
        assertThat(f.vm.snooze(row(f.vm.overdue(), id), tomorrow)).isTrue();
        assertThat(row(f.vm.dueSoon(), id).when()).isEqualTo("due tomorrow (snoozed; first due Saturday 21 Nov)");
        assertThat(row(f.vm.dueSoon(), id).overdue()).isFalse();

        SnoozeForm later = f.vm.snoozeForm();
        later.choiceProperty().set(SnoozeForm.Choice.DATE);
        later.dateProperty().set("2026-12-20");
        assertThat(f.vm.snooze(row(f.vm.dueSoon(), id), later)).isTrue();
        assertThat(f.vm.dueSoon()).noneMatch(r -> r.id() == id);
        assertThat(row(f.vm.later(), id).when()).startsWith("due Sunday 20 Dec");
        assertThat(f.saved(id).snoozedUntil()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(f.saved(id).state()).isEqualTo(ReminderState.OPEN);
    }

    @Test
    void dismissingNeedsAReasonAndThenMovesTheReminderToDone() {
        long id = f.own("Order more pads", 2).id();
        f.vm.load();
        DismissForm blank = f.vm.dismissForm();
        assertThat(f.vm.dismiss(row(f.vm.dueSoon(), id), blank)).isFalse();
        assertThat(blank.reasonErrorProperty().get()).isNotEmpty();
        assertThat(f.saved(id).state()).isEqualTo(ReminderState.OPEN);

        DismissForm form = f.vm.dismissForm();
        form.reasonProperty().set("Not relevant to me");
        assertThat(f.vm.dismiss(row(f.vm.dueSoon(), id), form)).isTrue();
        assertThat(f.vm.dueSoon()).noneMatch(r -> r.id() == id);
        assertThat(row(f.vm.done(), id).when()).isEqualTo("dismissed: Not relevant to me");
        assertThat(f.saved(id).state()).isEqualTo(ReminderState.DISMISSED);
        assertThat(f.saved(id).dismissReason()).isEqualTo("Not relevant to me");
    }

    @Test
    void anAppointmentBringsAReminderToPrepareTwoDaysBefore() {
        f.vm.load();
        AppointmentForm form = f.vm.appointmentForm();
        form.dateProperty().set("2026-12-10");
        form.timeProperty().set("14:30");
        form.withProperty().set("Oncology clinic");
        form.placeProperty().set("City Hospital");
        assertThat(f.vm.addAppointment(form)).isTrue();

        assertThat(f.vm.appointments()).singleElement().satisfies(a -> {
            assertThat(a.when()).isEqualTo("Thursday 10 Dec, 14:30");
            assertThat(a.details()).isEqualTo("Oncology clinic · City Hospital");
        });
        assertThat(f.service.appointments(f.person.id())).extracting(Appointment::at)
                .containsExactly(LocalDateTime.of(2026, 12, 10, 14, 30));
        assertThat(f.savedOfKind(ReminderKind.APPOINTMENT_PREP)).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(LocalDate.of(2026, 12, 8)));
        assertThat(f.vm.later()).filteredOn(r -> r.reminder().kind() == ReminderKind.APPOINTMENT_PREP)
                .singleElement().satisfies(r -> assertThat(r.when()).isEqualTo("due Tuesday 8 Dec"));
    }

    @Test
    void badAppointmentInputSavesNothing() {
        f.vm.load();
        AppointmentForm form = f.vm.appointmentForm();
        form.dateProperty().set("2026-11-20");
        form.timeProperty().set("2:30pm");
        form.withProperty().set("");
        assertThat(f.vm.addAppointment(form)).isFalse();
        assertThat(form.dateErrorProperty().get()).contains("That day has passed");
        assertThat(form.timeErrorProperty().get()).contains("hours and minutes");
        assertThat(form.withErrorProperty().get()).contains("Say who");

        form.dateProperty().set("2026-12-10");
        form.timeProperty().set("14:30");
        assertThat(f.vm.addAppointment(form)).as("still no one to see").isFalse();

        assertThat(f.service.appointments(f.person.id())).isEmpty();
        assertThat(f.vm.appointments()).isEmpty();
        assertThat(f.savedOfKind(ReminderKind.APPOINTMENT_PREP)).isEmpty();
    }

    @Test
    void aDeletedAppointmentLeavesTheList() {
        f.service.addAppointment(f.person.id(), new Appointment(0, LocalDateTime.of(2026, 12, 10, 9, 0), "Dr Patel", "", ""));
        f.vm.load();
        assertThat(f.vm.appointments()).hasSize(1);
        f.vm.deleteAppointment(f.vm.appointments().get(0));
        assertThat(f.vm.appointments()).isEmpty();
        assertThat(f.service.appointments(f.person.id())).isEmpty();
    }

    @Test
    void aReminderOfOnesOwnIsSavedWithItsNote() {
        f.vm.load();
        ReminderForm form = f.vm.reminderForm();
        form.titleProperty().set("Collect the prescription");
        form.dueProperty().set("2026-11-26");
        form.noteProperty().set("From the hospital pharmacy");
        assertThat(f.vm.addReminder(form)).isTrue();
        assertThat(f.vm.dueSoon()).filteredOn(r -> r.reminder().kind() == ReminderKind.CUSTOM).singleElement()
                .satisfies(r -> {
                    assertThat(r.title()).isEqualTo("Collect the prescription");
                    assertThat(r.why()).isEqualTo("From the hospital pharmacy");
                    assertThat(r.when()).isEqualTo("due Thursday 26 Nov");
                    assertThat(r.source()).isEmpty();
                });
    }
}
