package org.carejournal.care.meds;

import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carejournal.care.meds.ReminderPlans.CATALOG;
import static org.carejournal.care.meds.ReminderPlans.NINE;
import static org.carejournal.care.meds.ReminderPlans.TODAY;
import static org.carejournal.care.meds.ReminderPlans.d;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderState;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerating and acting on reminders through the service, on a real journal file. Today is 10 March
 * 2026; zoledronic acid every 4 weeks starts on 7 April 2026 (doses 7 April, 5 May, 2 June...).
 */
class ReminderServiceTest {
    @TempDir
    Path dir;
    JournalSession s;
    MedicationPorts ports;
    long person;
    Medication zoledronic;
    Schedule firstVersion;

    @BeforeEach
    void open() {
        s = JournalSession.open(dir.resolve("j.db"));
        ports = s.medicationPorts();
        person = s.people().create("P").id();
        zoledronic = ports.plan().add(person, Medication.draft("zoledronic-acid", "Zoledronic acid",
                DrugClass.BISPHOSPHONATE, Route.INFUSION));
        firstVersion = ports.plan().addSchedule(
                Rhythms.every(zoledronic.id(), d("2026-04-07"), null, 4, WEEKS, NINE, "4 mg"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    ReminderService on(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ReminderService(ports, s.labs(), s.settings(), CATALOG, clock);
    }

    List<String> keys() {
        return ports.reminders().all(person).stream().map(Reminder::key).toList();
    }

    Optional<Reminder> stored(String key) {
        return ports.reminders().all(person).stream().filter(r -> key.equals(r.key())).findFirst();
    }

    String dental() { return "dental-before-bone-drug:" + zoledronic.id(); }

    String key(String rule, String date) { return rule + ":" + zoledronic.id() + ":" + date; }

    @Test
    void regenerateStoresTheRulesRemindersAndASecondRunChangesNothing() {
        ReminderService service = on(TODAY);

        service.regenerate(person);
        List<Reminder> first = service.all(person);
        service.regenerate(person);

        assertThat(first).extracting(Reminder::key).containsExactlyInAnyOrder(
                dental(), "calcium-vitamin-d:" + zoledronic.id(), key("kidney-before-zoledronic", "2026-04-07"),
                key("kidney-before-zoledronic", "2026-05-05"), key("dental-recall", "2026-10-07"), "psa-due:none");
        assertThat(service.all(person)).containsExactlyInAnyOrderElementsOf(first);
        assertThat(stored(dental()).orElseThrow().why()).contains("7 April 2026");
    }

    @Test
    void aNewScheduleVersionNeverDuplicatesAReminder() {
        ReminderService service = on(TODAY);
        service.regenerate(person);
        Reminder calcium = stored("calcium-vitamin-d:" + zoledronic.id()).orElseThrow();

        // From 21 April every 3 weeks instead: doses 7 April, then 21 April, 12 May.
        ports.plan().updateSchedule(firstVersion.withEnd(d("2026-04-20")));
        ports.plan().addSchedule(Rhythms.every(zoledronic.id(), d("2026-04-21"), null, 3, WEEKS, NINE, "4 mg"));
        service.regenerate(person);

        assertThat(keys()).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                dental(), "calcium-vitamin-d:" + zoledronic.id(), key("kidney-before-zoledronic", "2026-04-07"),
                key("kidney-before-zoledronic", "2026-04-21"), key("dental-recall", "2026-10-07"), "psa-due:none");
        assertThat(stored(calcium.key())).contains(calcium);
    }

    @Test
    void aDoneReminderStaysDoneWhenThePlanChanges() {
        ReminderService service = on(TODAY);
        service.regenerate(person);
        Reminder done = service.markDone(stored(dental()).orElseThrow(), d("2026-03-09"));

        // The start moves a week later: an open reminder would move with it, a done one keeps its date.
        ports.plan().deleteSchedule(firstVersion.id());
        ports.plan().addSchedule(Rhythms.every(zoledronic.id(), d("2026-04-14"), null, 4, WEEKS, NINE, "4 mg"));
        service.regenerate(person);

        Reminder after = stored(dental()).orElseThrow();
        assertThat(after).isEqualTo(done);
        assertThat(after.state()).isEqualTo(ReminderState.DONE);
        assertThat(after.doneOn()).isEqualTo(d("2026-03-09"));
        assertThat(after.due()).isEqualTo(d("2026-03-24"));
        assertThat(stored("calcium-vitamin-d:" + zoledronic.id()).orElseThrow().due()).isEqualTo(d("2026-04-14"));
    }

    @Test
    void aDismissedReminderStaysDismissed() {
        ReminderService service = on(TODAY);
        service.regenerate(person);
        Reminder dismissed = service.dismiss(stored(dental()).orElseThrow(), "Dentist seen last month");

        service.regenerate(person);
        on(TODAY.plusDays(1)).regenerate(person);

        assertThat(stored(dental())).contains(dismissed);
        assertThat(dismissed.dismissReason()).isEqualTo("Dentist seen last month");
        assertThat(keys()).doesNotHaveDuplicates();
    }

    @Test
    void aPassedDoseTakesItsOpenReminderAwayButKeepsADoneOne() {
        on(TODAY).regenerate(person);
        ReminderService later = on(d("2026-04-10"));
        later.markDone(stored(key("kidney-before-zoledronic", "2026-04-07")).orElseThrow(), d("2026-04-04"));

        // 6 May: the doses of 7 April and 5 May are past, and with them the dental check before the first.
        on(d("2026-05-06")).regenerate(person);

        assertThat(stored(key("kidney-before-zoledronic", "2026-04-07")).orElseThrow().state())
                .isEqualTo(ReminderState.DONE);
        assertThat(stored(key("kidney-before-zoledronic", "2026-05-05"))).isEmpty();
        assertThat(stored(dental())).isEmpty();
        assertThat(stored(key("kidney-before-zoledronic", "2026-06-02"))).isPresent();
    }

    @Test
    void regeneratingNeverTouchesARemindersAddedByHand() {
        ReminderService service = on(TODAY);
        Reminder own = service.addCustom(person, "Ask about the hip scan results", "", d("2026-03-01"));

        service.regenerate(person);
        service.regenerate(person);

        assertThat(ports.reminders().all(person)).filteredOn(r -> r.key() == null).containsExactly(own);
        assertThat(service.groups(person, TODAY).overdue()).contains(own);
    }

    @Test
    void appointmentPrepIsDueTwoDaysBeforeAndFollowsTheAppointment() {
        ReminderService service = on(TODAY);
        Appointment a = service.addAppointment(person,
                new Appointment(0, LocalDateTime.parse("2026-03-20T10:30"), "Oncology clinic", "Ward 4", ""));
        String prep = "appointment-prep:" + a.id();

        assertThat(stored(prep).orElseThrow().due()).isEqualTo(d("2026-03-18"));

        Appointment moved = new Appointment(a.id(), LocalDateTime.parse("2026-03-27T09:00"), a.with(), a.place(), "");
        service.updateAppointment(person, moved);
        assertThat(stored(prep).orElseThrow().due()).isEqualTo(d("2026-03-25"));

        service.deleteAppointment(person, moved);
        assertThat(stored(prep)).isEmpty();
        assertThat(service.appointments(person)).isEmpty();
    }

    @Test
    void psaDueMovesWhenANewPsaIsAdded() {
        ReminderService service = on(TODAY);
        s.labs().add(person, LabResult.of(LabTest.PSA, d("2025-12-20"), LabValue.exact(4.2)));
        service.regenerate(person);
        assertThat(stored("psa-due:2025-12-20").orElseThrow().due()).isEqualTo(d("2026-03-20"));

        s.labs().add(person, LabResult.of(LabTest.PSA, d("2026-03-09"), LabValue.exact(3.1)));
        s.settings().setPsaIntervalMonths(person, 2);
        service.regenerate(person);

        assertThat(stored("psa-due:2025-12-20")).isEmpty();
        assertThat(stored("psa-due:2026-03-09").orElseThrow().due()).isEqualTo(d("2026-05-09"));
    }

    @Test
    void aSnoozedReminderStaysOpenAndMovesToLater() {
        ReminderService service = on(TODAY);
        service.regenerate(person);
        Reminder snoozed = service.snooze(stored(dental()).orElseThrow(), d("2026-03-30"));
        service.regenerate(person);

        assertThat(stored(dental())).contains(snoozed);
        ReminderGroups g = service.groups(person, TODAY);
        assertThat(g.later()).contains(snoozed);
        assertThat(g.dueSoon()).doesNotContain(snoozed);
    }

    @Test
    void badInputIsRefusedWithAPlainMessageAndNothingIsSaved() {
        ReminderService service = on(TODAY);
        service.regenerate(person);
        Reminder dental = stored(dental()).orElseThrow();

        assertThatThrownBy(() -> service.markDone(dental, TODAY.plusDays(1)))
                .hasMessage("The day it was done cannot be in the future");
        assertThatThrownBy(() -> service.snooze(dental, TODAY)).hasMessage("Choose a day after today");
        assertThatThrownBy(() -> service.dismiss(dental, "  ")).hasMessage("Say why you are dismissing it");
        assertThatThrownBy(() -> service.addCustom(person, " ", "", TODAY)).hasMessage("A reminder needs a title");
        assertThatThrownBy(() -> service.addCustom(person, "Call the nurse", "", null))
                .hasMessage("A reminder needs a due date");

        assertThat(stored(dental())).contains(dental);
        assertThat(ports.reminders().all(person)).noneMatch(r -> r.key() == null);
    }
}
