package org.carejournal.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.carejournal.domain.meds.Appointment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks of the reminder forms: each wrong field gets its own message, and nothing comes out. */
class FormsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalDateTime NOW = TODAY.atTime(10, 30);

    static Stream<Arguments> appointments() {
        return Stream.of(
                // date, time, with → expected date / time / with messages ("" = none)
                Arguments.of("2026-12-01", "14:30", "Oncology clinic", "", "", ""),
                Arguments.of("2026-12-01", "9.05", "Dr Patel", "", "", ""),
                Arguments.of("2026-11-24", "10:31", "Dr Patel", "", "", ""),
                Arguments.of("2026-12-01", "14:30", "  ", "", "", "Say who the appointment is with"),
                Arguments.of("2026-12-01", "25:00", "Dr Patel", "", "hours and minutes between 00:00 and 23:59", ""),
                Arguments.of("2026-12-01", "half past two", "Dr Patel", "", "hours and minutes", ""),
                Arguments.of("2026-12-01", "", "Dr Patel", "", "Type the time", ""),
                Arguments.of("2026-11-23", "14:30", "Dr Patel", "That day has passed", "", ""),
                Arguments.of("2026-11-24", "10:29", "Dr Patel", "", "already passed today", ""),
                Arguments.of("2026-02-30", "14:30", "Dr Patel", "year-month-day", "", ""),
                Arguments.of("", "", "", "Type the day", "Type the time", "Say who"));
    }

    @ParameterizedTest
    @MethodSource("appointments")
    void appointmentChecks(String date, String time, String with, String dateError, String timeError, String withError) {
        AppointmentForm f = new AppointmentForm();
        f.dateProperty().set(date);
        f.timeProperty().set(time);
        f.withProperty().set(with);
        boolean good = dateError.isEmpty() && timeError.isEmpty() && withError.isEmpty();
        assertThat(f.check(NOW).isPresent()).as("an appointment comes out only from good input").isEqualTo(good);
        assertMessage(f.dateErrorProperty().get(), dateError);
        assertMessage(f.timeErrorProperty().get(), timeError);
        assertMessage(f.withErrorProperty().get(), withError);
    }

    private static void assertMessage(String actual, String expectedPart) {
        if (expectedPart.isEmpty()) assertThat(actual).isEmpty();
        else assertThat(actual).contains(expectedPart);
    }

    @Test
    void aGoodAppointmentCarriesWhatWasTyped() {
        AppointmentForm f = new AppointmentForm();
        f.dateProperty().set("2026-12-01");
        f.timeProperty().set("9.05");
        f.withProperty().set(" Oncology clinic ");
        f.placeProperty().set("City Hospital");
        f.noteProperty().set("Bring the pill box");
        assertThat(f.check(NOW)).contains(new Appointment(0, LocalDateTime.of(2026, 12, 1, 9, 5), "Oncology clinic",
                "City Hospital", "Bring the pill box"));
    }

    static Stream<Arguments> doneDays() {
        return Stream.of(Arguments.of("2026-11-24", TODAY, ""), Arguments.of("2026-11-02", LocalDate.of(2026, 11, 2), ""),
                Arguments.of("2026-11-25", null, "still to come"), Arguments.of("24/11/2026", null, "year-month-day"),
                Arguments.of("", null, "Type the day it was done"));
    }

    @ParameterizedTest
    @MethodSource("doneDays")
    void doneDay(String typed, LocalDate expected, String error) {
        DoneForm f = new DoneForm(TODAY);
        assertThat(f.dateProperty().get()).as("today is filled in").isEqualTo("2026-11-24");
        f.dateProperty().set(typed);
        assertThat(f.check(TODAY).orElse(null)).isEqualTo(expected);
        assertMessage(f.dateErrorProperty().get(), error);
    }

    static Stream<Arguments> snoozes() {
        return Stream.of(
                Arguments.of(SnoozeForm.Choice.ONE_DAY, "", LocalDate.of(2026, 11, 25), ""),
                Arguments.of(SnoozeForm.Choice.ONE_WEEK, "", LocalDate.of(2026, 12, 1), ""),
                Arguments.of(SnoozeForm.Choice.DATE, "2026-12-10", LocalDate.of(2026, 12, 10), ""),
                Arguments.of(SnoozeForm.Choice.DATE, "2026-11-24", null, "after today"),
                Arguments.of(SnoozeForm.Choice.DATE, "", null, "Type the day it should come back"),
                // The typed day is ignored unless "until a day" is chosen.
                Arguments.of(SnoozeForm.Choice.ONE_DAY, "not a date", LocalDate.of(2026, 11, 25), ""));
    }

    @ParameterizedTest
    @MethodSource("snoozes")
    void snoozeUntil(SnoozeForm.Choice choice, String typed, LocalDate expected, String error) {
        SnoozeForm f = new SnoozeForm();
        f.choiceProperty().set(choice);
        f.dateProperty().set(typed);
        assertThat(f.check(TODAY).orElse(null)).isEqualTo(expected);
        assertMessage(f.dateErrorProperty().get(), error);
    }

    @Test
    void dismissingNeedsAReason() {
        DismissForm f = new DismissForm();
        f.reasonProperty().set("   ");
        assertThat(f.check()).isEmpty();
        assertThat(f.reasonErrorProperty().get()).contains("Say why");
        f.reasonProperty().set(" My care team said no ");
        assertThat(f.check()).contains("My care team said no");
        assertThat(f.reasonErrorProperty().get()).isEmpty();
    }

    @Test
    void aReminderOfOnesOwnNeedsATitleAndADayToCome() {
        ReminderForm f = new ReminderForm(TODAY);
        assertThat(f.dueProperty().get()).isEqualTo("2026-11-24");
        f.dueProperty().set("2026-11-23");
        assertThat(f.check(TODAY)).isEmpty();
        assertThat(f.titleErrorProperty().get()).contains("Say what to remember");
        assertThat(f.dueErrorProperty().get()).contains("That day has passed");

        f.titleProperty().set("Collect the prescription");
        f.dueProperty().set("2026-11-30");
        f.noteProperty().set("From the hospital pharmacy");
        assertThat(f.check(TODAY)).contains(new ReminderForm.Entry("Collect the prescription",
                "From the hospital pharmacy", LocalDate.of(2026, 11, 30)));
        assertThat(f.titleErrorProperty().get()).isEmpty();
        assertThat(f.dueErrorProperty().get()).isEmpty();
    }
}
