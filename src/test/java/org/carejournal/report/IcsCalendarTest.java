package org.carejournal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The export's core over plain lists: which entries fall in three months from 1 December 2026, with
 * what dates, rules and alarms, read back through ical4j's parser. Dates worked out by hand from
 * {@link IcsPlan}.
 */
class IcsCalendarTest {
    static final Instant STAMP = Instant.parse("2026-11-30T18:45:12Z");

    static ParsedCalendar exported() {
        List<VEvent> events = IcsCalendar.events(IcsPlan.content(), IcsWindow.months(IcsPlan.FROM, IcsPlan.MONTHS),
                IcsPlan.JOURNAL_UID, STAMP);
        return ParsedCalendar.parse(IcsText.write(IcsCalendar.of(events)));
    }

    static Stream<Arguments> entries() {
        return Stream.of(
                // uid, DTSTART line, DTEND line, RRULE or null, alarm
                Arguments.of("daily-11-0800", "DTSTART:20261201T080000", "DTEND:20261201T081500",
                        "FREQ=DAILY;UNTIL=20270228T080000", "DISPLAY -PT15M"),
                // Prednisone twice a day, stopping on 15 January: one series per time of day.
                Arguments.of("daily-12-0800", "DTSTART:20261201T080000", "DTEND:20261201T081500",
                        "FREQ=DAILY;UNTIL=20270115T080000", "DISPLAY -PT15M"),
                Arguments.of("daily-12-2000", "DTSTART:20261201T200000", "DTEND:20261201T201500",
                        "FREQ=DAILY;UNTIL=20270115T200000", "DISPLAY -PT15M"),
                // Depot from 31 August every 3 months: 30 November (before), then 28 February, the last day shown.
                Arguments.of("dose-3-20270228", "DTSTART:20270228T103000", "DTEND:20270228T113000", null, "DISPLAY -P1D"),
                // Radium every 28 days from 6 October: 3 Nov, then 1 Dec, 29 Dec, 26 Jan, 23 Feb in the window.
                Arguments.of("dose-4-20261201", "DTSTART:20261201T090000", "DTEND:20261201T100000", null, "DISPLAY -P1D"),
                Arguments.of("dose-4-20261229", "DTSTART:20261229T090000", "DTEND:20261229T100000", null, "DISPLAY -P1D"),
                Arguments.of("dose-4-20270126", "DTSTART:20270126T090000", "DTEND:20270126T100000", null, "DISPLAY -P1D"),
                Arguments.of("dose-4-20270223", "DTSTART:20270223T090000", "DTEND:20270223T100000", null, "DISPLAY -P1D"),
                // Radiation 10 to 14 January: all day, DTEND the day after (exclusive).
                Arguments.of("event-15", "DTSTART;VALUE=DATE:20270110", "DTEND;VALUE=DATE:20270115", null, "DISPLAY -PT15H"),
                Arguments.of("reminder-blood-count-before-dose-4-2026-12-29", "DTSTART;VALUE=DATE:20261222",
                        "DTEND;VALUE=DATE:20261223", null, "DISPLAY PT9H"),
                Arguments.of("reminder-32", "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204", null, "DISPLAY PT9H"),
                Arguments.of("appointment-41", "DTSTART:20270120T143000", "DTEND:20270120T153000", null, "DISPLAY -P1D"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachEntryHasItsDatesRuleAndAlarm(String uid, String start, String end, String rrule, String alarm) {
        VEvent e = exported().event(uid);
        assertThat(ParsedCalendar.line(e, "DTSTART")).isEqualTo(start);
        assertThat(ParsedCalendar.line(e, "DTEND")).isEqualTo(end);
        assertThat(ParsedCalendar.value(e, "RRULE")).isEqualTo(rrule);
        assertThat(ParsedCalendar.alarms(e)).containsExactly(alarm);
        assertThat(ParsedCalendar.line(e, "DTSTAMP")).isEqualTo("DTSTAMP:20261130T184512Z");
    }

    @Test
    void onlyThePlannedDosesRemindersAndAppointmentsOfTheWindowAreThere() {
        List<String> expected = entries().map(a -> a.get()[0] + "@" + IcsPlan.JOURNAL_UID).toList();
        // No paracetamol (as needed), no bicalutamide (out of the plan), no reminder done, dismissed,
        // overdue before the window or due after it, no appointment in March.
        assertThat(exported().events.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void summariesNameTheMedicineAndDoseAndDescriptionsSayWhereTheyComeFrom() {
        ParsedCalendar cal = exported();
        VEvent depot = cal.event("dose-3-20270228");
        assertThat(depot.getSummary().getValue()).isEqualTo("Leuprolide (Lupron Depot) 22.5 mg");
        assertThat(depot.getDescription().getValue()).isEqualTo("Dose: 22.5 mg, injection.\n\nFrom your Care Journal plan.");

        VEvent radium = cal.event("dose-4-20261229");
        assertThat(radium.getSummary().getValue()).isEqualTo("Radium-223 (Xofigo) 55 kBq/kg");
        assertThat(radium.getDescription().getValue())
                .isEqualTo("Dose: 55 kBq/kg, infusion (drip).\n\nDose 4 of 6.\n\nFrom your Care Journal plan.");

        VEvent tablet = cal.event("daily-11-0800");
        assertThat(tablet.getSummary().getValue()).isEqualTo(IcsPlan.LONG_NAME + " 1000 mg");
        assertThat(tablet.getDescription().getValue())
                .isEqualTo("Dose: 1000 mg, by mouth. Each day at 08:00.\n\nFrom your Care Journal plan.");
        assertThat(ParsedCalendar.value(tablet, "TRANSP")).isEqualTo("TRANSPARENT");

        VEvent course = cal.event("event-15");
        assertThat(course.getSummary().getValue()).isEqualTo("Radiotherapy to the spine");
        assertThat(course.getDescription().getValue()).isEqualTo(
                "From 2027-01-10 to 2027-01-14.\n\nFive sessions, one a day\n\nFrom your Care Journal plan.");
    }

    @Test
    void aReminderSaysWhyAndAnAppointmentWhere() {
        ParsedCalendar cal = exported();
        VEvent blood = cal.event("reminder-blood-count-before-dose-4-2026-12-29");
        assertThat(blood.getSummary().getValue()).isEqualTo("Blood count before Radium-223 dose 4");
        assertThat(blood.getDescription().getValue())
                .isEqualTo(IcsPlan.WHY + "\n\nSource: NICE.\n\nFrom your Care Journal reminders.");

        VEvent clinic = cal.event("appointment-41");
        assertThat(clinic.getSummary().getValue()).isEqualTo("Appointment: Oncology clinic");
        assertThat(clinic.getLocation().getValue()).isEqualTo("St Mary's Hospital, Ward 5; Level 2");
        assertThat(clinic.getDescription().getValue())
                .isEqualTo("Ask about the bone scan\n\nFrom your Care Journal appointments.");
        assertThat(ParsedCalendar.alarmComponents(clinic).get(0).getDescription().getValue())
                .isEqualTo("Appointment: Oncology clinic tomorrow at 14:30");
    }

    @Test
    void theCalendarSaysWhatMadeItAndWhichVersion() {
        ParsedCalendar cal = exported();
        assertThat(cal.calendar.getProductId().getValue()).isEqualTo("-//Care Journal//EN");
        assertThat(cal.calendar.getVersion().getValue()).isEqualTo("2.0");
        assertThat(cal.calendar.getCalendarScale().getValue()).isEqualTo("GREGORIAN");
    }

    @Test
    void aCourseAlreadyUnderWayIsShownAndOneOverIsNot() {
        IcsWindow midCourse = IcsWindow.months(java.time.LocalDate.of(2027, 1, 12), 1);
        List<String> uids = IcsCalendar.events(IcsPlan.content(), midCourse, "j", STAMP).stream()
                .map(e -> e.getUid().get().getValue()).toList();
        assertThat(uids).contains("event-15@j");

        IcsWindow after = IcsWindow.months(java.time.LocalDate.of(2027, 1, 15), 1);
        assertThat(IcsCalendar.events(IcsPlan.content(), after, "j", STAMP))
                .extracting(e -> e.getUid().get().getValue()).doesNotContain("event-15@j");
    }

    @Test
    void aDailyDoseOnTheLastDayOnlyIsOneEntryWithoutARule() {
        // Prednisone ends on 15 January; a window starting that day has one dose at each time.
        IcsWindow lastDay = IcsWindow.months(java.time.LocalDate.of(2027, 1, 15), 1);
        VEvent morning = IcsCalendar.events(IcsPlan.content(), lastDay, "j", STAMP).stream()
                .filter(e -> e.getUid().get().getValue().equals("daily-12-0800@j")).findFirst().orElseThrow();
        assertThat(ParsedCalendar.line(morning, "DTSTART")).isEqualTo("DTSTART:20270115T080000");
        assertThat(morning.getProperty("RRULE")).isEmpty();
    }
}
