package org.carejournal.care.meds;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.carejournal.domain.meds.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** When doses fall, for each rhythm of the plan; every expected date below is counted by hand on a calendar. */
class ScheduleExpansionTest {
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static LocalDate d(String iso) { return LocalDate.parse(iso); }

    private static List<LocalDate> days(String... iso) { return Stream.of(iso).map(LocalDate::parse).toList(); }

    private static Schedule every(String start, int n, ChronoUnit unit) {
        return Rhythms.every(1, d(start), null, n, unit, NINE, "1 dose");
    }

    static Stream<Arguments> intervals() {
        return Stream.of(
                Arguments.of("3-monthly from the 31st: last day of shorter months", every("2026-01-31", 3, MONTHS),
                        "2026-01-01", "2027-02-01",
                        days("2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31", "2027-01-31")),
                Arguments.of("3-monthly from the 30th: Feb 28 in 2027, back to the 30th after",
                        every("2026-11-30", 3, MONTHS), "2026-11-01", "2027-12-31",
                        days("2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30", "2027-11-30")),
                Arguments.of("3-monthly from the 30th: Feb 29 in leap 2028", every("2027-11-30", 3, MONTHS),
                        "2027-11-01", "2028-09-01", days("2027-11-30", "2028-02-29", "2028-05-30", "2028-08-30")),
                Arguments.of("3-monthly from the 31st across a leap February", every("2027-08-31", 3, MONTHS),
                        "2027-08-01", "2028-09-01",
                        days("2027-08-31", "2027-11-30", "2028-02-29", "2028-05-31", "2028-08-31")),
                Arguments.of("3-monthly from the 29th: Feb 28 when not a leap year", every("2026-11-29", 3, MONTHS),
                        "2026-11-01", "2027-06-01", days("2026-11-29", "2027-02-28", "2027-05-29")),
                Arguments.of("monthly from the 31st", every("2026-05-31", 1, MONTHS), "2026-05-01", "2026-10-01",
                        days("2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30")),
                Arguments.of("monthly from Jan 30: Feb 28, then the 30th again", every("2026-01-30", 1, MONTHS),
                        "2026-01-01", "2026-04-30", days("2026-01-30", "2026-02-28", "2026-03-30", "2026-04-30")),
                Arguments.of("6-monthly from the 15th", every("2026-03-15", 6, MONTHS), "2026-01-01", "2027-12-31",
                        days("2026-03-15", "2026-09-15", "2027-03-15", "2027-09-15")),
                Arguments.of("4-monthly, window starting mid-way", every("2026-01-10", 4, MONTHS), "2026-02-01",
                        "2027-01-10", days("2026-05-10", "2026-09-10", "2027-01-10")),
                Arguments.of("every 28 days across the year end", every("2026-11-20", 28, DAYS), "2026-11-01",
                        "2027-03-01", days("2026-11-20", "2026-12-18", "2027-01-15", "2027-02-12")),
                Arguments.of("every 4 weeks equals every 28 days", every("2026-11-20", 4, WEEKS), "2026-11-01",
                        "2027-03-01", days("2026-11-20", "2026-12-18", "2027-01-15", "2027-02-12")),
                Arguments.of("every 12 weeks (84 days), across Feb 29", every("2027-12-01", 12, WEEKS), "2027-12-01",
                        "2028-12-31", days("2027-12-01", "2028-02-23", "2028-05-17", "2028-08-09", "2028-11-01")),
                Arguments.of("every 24 weeks (168 days)", every("2026-01-07", 24, WEEKS), "2026-01-01", "2027-12-31",
                        days("2026-01-07", "2026-06-24", "2026-12-09", "2027-05-26", "2027-11-10")),
                Arguments.of("window before the start: nothing", every("2026-06-01", 1, MONTHS), "2026-01-01",
                        "2026-05-31", List.of()),
                Arguments.of("a one-day window on a due day", every("2026-01-05", 28, DAYS), "2026-03-30",
                        "2026-03-30", days("2026-03-30")),
                Arguments.of("a one-day window the day after a due day", every("2026-01-05", 28, DAYS), "2026-03-31",
                        "2026-03-31", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intervals")
    void intervalSchedulesFallOnTheirDays(String name, Schedule s, String from, String to, List<LocalDate> expected) {
        assertThat(ScheduleExpansion.dueDays(s, d(from), d(to))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "every {0} days x {1}: last dose {2}")
    @CsvSource({
            "21, 6, 2026-04-21",  // 2026-01-06 + 5 x 21 = 105 days
            "21, 10, 2026-07-14", // + 9 x 21 = 189 days
            "28, 6, 2026-05-26",  // radium-223: + 5 x 28 = 140 days
            "42, 6, 2026-08-04",  // lutetium: + 5 x 42 = 210 days
    })
    void cyclesStopAfterTheirCount(int every, int doses, String last) {
        Schedule s = Rhythms.cycle(1, d("2026-01-06"), every, doses, NINE, "");

        List<LocalDate> all = ScheduleExpansion.dueDays(s, d("2025-01-01"), d("2030-01-01"));

        assertThat(all).hasSize(doses).first().isEqualTo(d("2026-01-06"));
        assertThat(all).last().isEqualTo(d(last));
        for (int i = 1; i < all.size(); i++) assertThat(DAYS.between(all.get(i - 1), all.get(i))).isEqualTo(every);
        for (int i = 0; i < all.size(); i++) assertThat(ScheduleExpansion.doseNumber(s, all.get(i))).isEqualTo(i + 1);
        assertThat(Rhythms.doseCount(s)).isEqualTo(doses);
        assertThat(ScheduleExpansion.nextDay(s, d(last).plusDays(1))).isEmpty();
    }

    @Test
    void aWindowPartWayThroughACycleKeepsCountingFromItsStart() {
        Schedule s = Rhythms.cycle(1, d("2026-01-06"), 21, 6, NINE, "");

        assertThat(ScheduleExpansion.dueDays(s, d("2026-02-01"), d("2026-03-20")))
                .containsExactlyElementsOf(days("2026-02-17", "2026-03-10"));
        assertThat(ScheduleExpansion.doseNumber(s, d("2026-03-10"))).isEqualTo(4);
        assertThat(ScheduleExpansion.doseNumber(s, d("2026-03-11"))).isZero();
    }

    static Stream<Arguments> clockChanges() {
        return Stream.of(
                // Europe/London: clocks go forward at 01:00 on 29 March 2026 and back at 02:00 on 25 October.
                Arguments.of("Europe/London", "2026-03-27", "2026-03-31"),
                Arguments.of("Europe/London", "2026-10-23", "2026-10-27"),
                // America/New_York: forward at 02:00 on 8 March 2026, back at 02:00 on 1 November.
                Arguments.of("America/New_York", "2026-03-06", "2026-03-10"),
                Arguments.of("America/New_York", "2026-10-30", "2026-11-03"));
    }

    /**
     * 1 to 4 times a day across a clock change: each day has exactly one dose per time, at the same wall-clock
     * time, whatever the computer's time zone; on the day clocks change, 24 wall-clock hours are 23 or 25 real ones.
     */
    @ParameterizedTest(name = "{0} {1}..{2}")
    @MethodSource("clockChanges")
    void dailyDosesStayAtTheirWallClockTimesAcrossClockChanges(String zone, String from, String to) {
        List<List<LocalTime>> timeSets = List.of(
                List.of(LocalTime.of(8, 0)),
                List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                List.of(LocalTime.of(1, 30), LocalTime.of(8, 0), LocalTime.of(14, 0)),
                List.of(LocalTime.of(2, 30), LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(22, 0)));
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            for (List<LocalTime> times : timeSets) {
                Schedule s = Rhythms.daily(1, d("2026-01-01"), null, times, "");

                List<LocalDateTime> doses = ScheduleExpansion.dueDoses(s, d(from), d(to));

                List<LocalDateTime> expected = new ArrayList<>();
                for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
                    for (LocalTime t : times) expected.add(day.atTime(t));
                }
                assertThat(doses).containsExactlyElementsOf(expected);
                assertThat(doses.stream().map(x -> x.atZone(ZoneId.of(zone)).toInstant()).distinct()).hasSize(5 * times.size());
            }
        } finally {
            TimeZone.setDefault(before);
        }
        LocalDateTime change = d(from).plusDays(2).atTime(8, 0);
        Duration acrossChange = Duration.between(change.minusDays(1).atZone(ZoneId.of(zone)), change.atZone(ZoneId.of(zone)));
        assertThat(acrossChange).isIn(Duration.ofHours(23), Duration.ofHours(25));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "daily ending on the 10th: the 10th included, 2026-03-01, 2026-03-10, 2026-03-10",
            "window past the end: stops at the end, 2026-03-01, 2026-03-10, 2026-03-10",
            "ending on the start day: one day, 2026-03-01, 2026-03-01, 2026-03-01",
    })
    void endDatesAreInclusive(String name, String start, String end, String lastExpected) {
        Schedule s = Rhythms.daily(1, d(start), d(end), List.of(NINE, LocalTime.of(21, 0)), "");

        List<LocalDateTime> doses = ScheduleExpansion.dueDoses(s, d("2026-01-01"), d("2026-12-31"));

        assertThat(doses).last().isEqualTo(d(lastExpected).atTime(21, 0));
        assertThat(doses).hasSize(2 * (int) (DAYS.between(d(start), d(end)) + 1));
    }

    @Test
    void anIntervalEndingOnADueDayIncludesThatDose() {
        Schedule s = Rhythms.every(1, d("2026-01-05"), d("2026-03-02"), 4, WEEKS, NINE, "");

        assertThat(ScheduleExpansion.dueDays(s, d("2026-01-01"), d("2026-12-31")))
                .containsExactlyElementsOf(days("2026-01-05", "2026-02-02", "2026-03-02"));
        assertThat(ScheduleExpansion.dueDays(s.withEnd(d("2026-03-01")), d("2026-01-01"), d("2026-12-31")))
                .containsExactlyElementsOf(days("2026-01-05", "2026-02-02"));
    }

    static Stream<Arguments> nextDays() {
        Schedule sixMonthly = every("2026-01-15", 6, MONTHS);
        Schedule ended = Rhythms.every(1, d("2026-01-05"), d("2026-03-02"), 4, WEEKS, NINE, "");
        return Stream.of(
                Arguments.of("on a due day: that day", every("2026-01-05", 28, DAYS), "2026-02-02", Optional.of(d("2026-02-02"))),
                Arguments.of("the day after: the next one", every("2026-01-05", 28, DAYS), "2026-02-03", Optional.of(d("2026-03-02"))),
                Arguments.of("before the start: the start", every("2026-01-05", 28, DAYS), "2025-12-01", Optional.of(d("2026-01-05"))),
                Arguments.of("6 months ahead", sixMonthly, "2026-01-16", Optional.of(d("2026-07-15"))),
                Arguments.of("after a leap day from the 31st", every("2027-08-31", 3, MONTHS), "2027-12-01", Optional.of(d("2028-02-29"))),
                Arguments.of("up to the end date", ended, "2026-02-03", Optional.of(d("2026-03-02"))),
                Arguments.of("after the end: none", ended, "2026-03-03", Optional.empty()),
                Arguments.of("a cycle between doses", Rhythms.cycle(1, d("2026-01-06"), 21, 6, NINE, ""), "2026-01-07", Optional.of(d("2026-01-27"))),
                Arguments.of("as needed: none", Rhythms.asNeeded(1, d("2026-01-01"), "1 g", ""), "2026-01-07", Optional.empty()),
                Arguments.of("once: none", Rhythms.once(1, d("2026-01-01"), d("2026-02-01"), ""), "2025-12-01", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nextDays")
    void nextDayFindsTheFirstDoseOnOrAfter(String name, Schedule s, String day, Optional<LocalDate> expected) {
        assertThat(ScheduleExpansion.nextDay(s, d(day))).isEqualTo(expected);
    }

    @Test
    void onceAndAsNeededHaveNoDueDoses() {
        assertThat(ScheduleExpansion.dueDoses(Rhythms.once(1, d("2026-01-01"), d("2026-01-20"), ""), d("2025-01-01"), d("2027-01-01"))).isEmpty();
        assertThat(ScheduleExpansion.dueDoses(Rhythms.asNeeded(1, d("2026-01-01"), "", ""), d("2025-01-01"), d("2027-01-01"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FREQ=DAILY;INTERVAL=21;COUNT=6, 21, DAYS", "FREQ=WEEKLY;INTERVAL=12, 12, WEEKS",
            "'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31,-1;BYSETPOS=1', 3, MONTHS", "FREQ=MONTHLY, 1, MONTHS"})
    void intervalsReadBackFromTheRule(String rule, int n, ChronoUnit unit) {
        Schedule s = new Schedule(0, 1, org.carejournal.domain.meds.ScheduleKind.EVERY, rule, d("2026-01-31"), null,
                List.of(NINE), "", "");
        assertThat(Rhythms.interval(s)).isEqualTo(new Rhythms.Interval(n, unit));
    }

    /** The direct count of plain day and week steps gives exactly ical4j's dates, for every window tried. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"FREQ=DAILY", "FREQ=DAILY;INTERVAL=2", "FREQ=DAILY;INTERVAL=28", "FREQ=WEEKLY;INTERVAL=1",
            "FREQ=WEEKLY;INTERVAL=12", "FREQ=WEEKLY;INTERVAL=24", "FREQ=DAILY;INTERVAL=21;COUNT=6",
            "FREQ=DAILY;INTERVAL=42;COUNT=6", "FREQ=DAILY;COUNT=3", "FREQ=WEEKLY;INTERVAL=3;COUNT=4"})
    void plainStepsMatchIcal4j(String rule) {
        LocalDate start = d("2027-12-29");
        Schedule s = new Schedule(0, 1, org.carejournal.domain.meds.ScheduleKind.EVERY, rule, start, null,
                List.of(NINE), "", "");
        for (int from = 0; from < 400; from += 13) {
            for (int length : new int[] {0, 1, 6, 27, 90, 500}) {
                LocalDate first = start.plusDays(from);
                LocalDate last = first.plusDays(length);
                assertThat(ScheduleExpansion.dueDays(s, first, last)).as("%s..%s", first, last)
                        .isEqualTo(ScheduleExpansion.byIcal4j(rule, start, first, last));
            }
        }
    }
}
