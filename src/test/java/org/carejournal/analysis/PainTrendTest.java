package org.carejournal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carejournal.analysis.CheckInData.day;
import static org.carejournal.analysis.CheckInData.pain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.PainEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Daily worst, average and the 7-day rolling mean; every expectation worked out by hand. */
class PainTrendTest {

    // Daily worst: day 0: 2, 1: 4, 2: 6, 3: 8, 4: nothing, 5: 3, 6: only an average of 5, 7: 5, 8: nothing, 9: 1.
    static final List<PainEntry> WEEKS = List.of(
            pain(0, 9, 2, null, null), pain(1, 9, 4, null, null), pain(2, 9, null, 6, null),
            pain(3, 8, 3, 8, null), pain(5, 9, 3, 2, null), pain(6, 9, null, null, 5),
            pain(7, 9, 5, null, 4), pain(9, 9, 1, 0, null));

    static Stream<Arguments> rollingMeans() {
        return Stream.of(
                // Day 3: days 0..3 have 2, 4, 6, 8 → 20 / 4 = 5.0 (needs the entries before the range).
                Arguments.of(3, 8, null, 5.0),
                // Day 5: window days -1..5 → 2, 4, 6, 8, 3 = 23 / 5.
                Arguments.of(5, 3, null, 4.6),
                // Day 6 has no worst of its own; the window 0..6 is the same five days.
                Arguments.of(6, null, 5.0, 4.6),
                // Day 7: window 1..7 → 4, 6, 8, 3, 5 = 26 / 5 (day 0 has left the window).
                Arguments.of(7, 5, 4.0, 5.2),
                // Day 9: window 3..9 → 8, 3, 5, 1 = 17 / 4.
                Arguments.of(9, 1, null, 4.25));
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("rollingMeans")
    void dailyWorstAverageAndRollingMean(int n, Integer worst, Double average, Double rolling) {
        List<DailyPain> days = PainTrend.daily(WEEKS, new DateRange(day(3), day(9)));
        assertThat(days).extracting(DailyPain::date).containsExactly(day(3), day(5), day(6), day(7), day(9));
        DailyPain d = days.stream().filter(p -> p.date().equals(day(n))).findFirst().orElseThrow();
        assertThat(d.worst()).isEqualTo(worst);
        assertThat(d.average()).isEqualTo(average);
        assertThat(d.rollingMean7()).isCloseTo(rolling, within(1e-9));
    }

    @Test
    void withoutTheDaysBeforeTheRangeTheFirstWeekHasNoMean() {
        List<PainEntry> fromDay3 = WEEKS.subList(3, WEEKS.size());
        List<DailyPain> days = PainTrend.daily(fromDay3, new DateRange(day(3), day(9)));
        // Days with a worst rating: 8 (day 3), 3 (day 5), 5 (day 7): fewer than 4 until day 9 adds 1.
        assertThat(days).extracting(DailyPain::rollingMean7).containsExactly(null, null, null, null, 4.25);
    }

    @Test
    void severalEntriesOnOneDay() {
        // Worst: max of highest() = max(max(3, 5), 7) = 7; average: (2 + 4) / 2 = 3.0.
        List<PainEntry> day = List.of(pain(0, 8, 3, 5, 2), pain(0, 13, 7, null, 4), pain(0, 20, null, null, null));
        assertThat(PainTrend.daily(day, DateRange.ALL)).singleElement()
                .isEqualTo(new DailyPain(day(0), 7, 3.0, null));
    }

    @Test
    void theMeanNeedsFourDaysAndCoversExactlySevenCalendarDays() {
        List<PainEntry> entries = List.of(pain(0, 9, 10, null, null), pain(1, 9, 10, null, null), pain(2, 9, 10, null, null),
                pain(6, 9, 0, null, null), pain(7, 9, 0, null, null), pain(8, 9, 0, null, null), pain(9, 9, 0, null, null));
        List<DailyPain> days = PainTrend.daily(entries, DateRange.ALL);
        assertThat(days).extracting(DailyPain::rollingMean7).containsExactly(
                null, null, null,
                7.5,     // day 6: days 0..6 → 10, 10, 10, 0
                5.0,     // day 7: days 1..7 → 10, 10, 0, 0
                2.5,     // day 8: days 2..8 → 10, 0, 0, 0
                0.0);    // day 9: days 3..9 → 0, 0, 0, 0
    }

    @Test
    void entriesAfterTheRangeAreIgnoredAndUnsortedEntriesAreSorted() {
        List<PainEntry> shuffled = new ArrayList<>(WEEKS);
        java.util.Collections.reverse(shuffled);
        List<DailyPain> days = PainTrend.daily(shuffled, new DateRange(day(3), day(7)));
        assertThat(days).extracting(DailyPain::date).containsExactly(day(3), day(5), day(6), day(7));
        assertThat(days.get(0).rollingMean7()).isEqualTo(5.0);
    }

    @Test
    void lookbackStartsSixDaysEarlierAndKeepsOpenEnds() {
        assertThat(PainTrend.lookback(new DateRange(day(10), day(20)))).isEqualTo(new DateRange(day(4), day(20)));
        assertThat(PainTrend.lookback(new DateRange(day(10), null))).isEqualTo(new DateRange(day(4), null));
        assertThat(PainTrend.lookback(DateRange.ALL)).isEqualTo(DateRange.ALL);
    }
}
