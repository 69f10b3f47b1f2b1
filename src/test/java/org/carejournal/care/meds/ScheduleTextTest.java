package org.carejournal.care.meds;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.domain.meds.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Schedules in plain words, on Tuesday 24 Nov 2026; next dates counted by hand on a calendar. */
class ScheduleTextTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalTime EIGHT = LocalTime.of(8, 0);

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of(Rhythms.daily(1, d(2026, 1, 1), null, List.of(LocalTime.of(20, 0), EIGHT), "1000 mg"),
                        "Every day at 08:00 and 20:00"),
                Arguments.of(Rhythms.daily(1, d(2026, 1, 1), null, List.of(EIGHT, LocalTime.of(14, 0), LocalTime.of(20, 0)), ""),
                        "Every day at 08:00, 14:00 and 20:00"),
                Arguments.of(Rhythms.daily(1, d(2026, 1, 1), d(2026, 12, 31), List.of(LocalTime.of(9, 0)), ""),
                        "Every day at 09:00, until 31 Dec 2026"),
                Arguments.of(Rhythms.daily(1, d(2026, 1, 1), d(2026, 6, 30), List.of(EIGHT), ""),
                        "Every day at 08:00, stopped on 30 Jun 2026"),
                Arguments.of(Rhythms.daily(1, d(2026, 12, 1), null, List.of(EIGHT), ""),
                        "Every day at 08:00, starting 1 Dec 2026"),
                // 12 Aug → 12 Nov (before today) → 12 Feb.
                Arguments.of(Rhythms.every(1, d(2026, 8, 12), null, 3, MONTHS, EIGHT, "22.5 mg"),
                        "Every 3 months, next on 12 Feb 2027"),
                Arguments.of(Rhythms.every(1, TODAY, null, 3, MONTHS, EIGHT, ""),
                        "Every 3 months, next on 24 Nov 2026"),
                // Started on the 31st: November's dose falls on its last day.
                Arguments.of(Rhythms.every(1, d(2026, 1, 31), null, 1, MONTHS, EIGHT, ""),
                        "Every month, next on 30 Nov 2026"),
                Arguments.of(Rhythms.every(1, d(2026, 11, 3), null, 4, WEEKS, EIGHT, ""),
                        "Every 4 weeks, next on 1 Dec 2026"),
                // 1 Oct, 29 Oct, 26 Nov.
                Arguments.of(Rhythms.every(1, d(2026, 10, 1), null, 28, DAYS, EIGHT, ""),
                        "Every 28 days, next on 26 Nov 2026"),
                Arguments.of(Rhythms.every(1, d(2026, 11, 17), null, 1, WEEKS, EIGHT, ""),
                        "Every week, next on 24 Nov 2026"),
                Arguments.of(Rhythms.every(1, d(2026, 6, 1), d(2027, 12, 31), 6, MONTHS, EIGHT, ""),
                        "Every 6 months, next on 1 Dec 2026, until 31 Dec 2027"),
                Arguments.of(Rhythms.every(1, d(2026, 3, 1), d(2026, 9, 30), 3, MONTHS, EIGHT, ""),
                        "Every 3 months, stopped on 30 Sep 2026"),
                // 13 Oct, 3 Nov, 24 Nov: the third is today.
                Arguments.of(Rhythms.cycle(1, d(2026, 10, 13), 21, 6, EIGHT, "75 mg/m²"),
                        "Every 21 days, 6 doses: dose 3 of 6 next on 24 Nov 2026"),
                // 6 Oct, 27 Oct, 17 Nov, 8 Dec.
                Arguments.of(Rhythms.cycle(1, d(2026, 10, 6), 21, 6, EIGHT, ""),
                        "Every 21 days, 6 doses: dose 4 of 6 next on 8 Dec 2026"),
                // 6 Jan, 3 Feb, 3 Mar, 31 Mar, 28 Apr, 26 May: the course is over.
                Arguments.of(Rhythms.cycle(1, d(2026, 1, 6), 28, 6, EIGHT, ""),
                        "Every 28 days, 6 doses: the last was due on 26 May 2026"),
                Arguments.of(Rhythms.cycle(1, d(2026, 10, 6), 21, 6, EIGHT, "").withEnd(d(2026, 11, 1)),
                        "Every 21 days, 6 doses, stopped on 1 Nov 2026"),
                Arguments.of(Rhythms.cycle(1, d(2026, 12, 1), 21, 6, EIGHT, ""),
                        "Every 21 days, 6 doses, starting 1 Dec 2026"),
                Arguments.of(Rhythms.once(1, d(2025, 3, 3), d(2025, 4, 14), "radiation to the hip"),
                        "Once, 3 Mar – 14 Apr 2025"),
                Arguments.of(Rhythms.once(1, d(2025, 3, 3), null, ""),
                        "Once, on 3 Mar 2025"),
                Arguments.of(Rhythms.once(1, d(2024, 12, 20), d(2025, 1, 14), ""),
                        "Once, 20 Dec 2024 – 14 Jan 2025"),
                Arguments.of(Rhythms.asNeeded(1, d(2026, 1, 1), "1 g", "up to 4 times a day"),
                        "When needed: up to 4 times a day"),
                Arguments.of(Rhythms.asNeeded(1, d(2026, 1, 1), "1 g", ""),
                        "When needed"),
                Arguments.of(Rhythms.asNeeded(1, d(2026, 1, 1), "1 g", "up to 4 times a day").withEnd(d(2026, 10, 1)),
                        "When needed: up to 4 times a day, stopped on 1 Oct 2026"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("schedules")
    void describesTheSchedule(Schedule s, String expected) {
        assertThat(ScheduleText.describe(s, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @MethodSource("timeLists")
    void listsTimesTheWayPeopleSayThem(List<LocalTime> times, String expected) {
        assertThat(ScheduleText.times(times)).isEqualTo(expected);
    }

    static Stream<Arguments> timeLists() {
        return Stream.of(
                Arguments.of(List.of(), ""),
                Arguments.of(List.of(LocalTime.of(7, 5)), "07:05"),
                Arguments.of(List.of(EIGHT, LocalTime.of(20, 0)), "08:00 and 20:00"),
                Arguments.of(List.of(LocalTime.of(6, 0), LocalTime.of(12, 0), LocalTime.of(18, 0), LocalTime.of(23, 59)),
                        "06:00, 12:00, 18:00 and 23:59"));
    }
}
