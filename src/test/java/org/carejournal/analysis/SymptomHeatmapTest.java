package org.carejournal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.analysis.CheckInData.checkIn;
import static org.carejournal.analysis.CheckInData.day;
import static org.carejournal.analysis.CheckInData.symptom;
import static org.carejournal.analysis.SymptomHeatmap.NOT_RATED;

import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.Symptom;
import org.junit.jupiter.api.Test;

/** Rows are the shown symptoms, columns every calendar day; unrated cells say so. */
class SymptomHeatmapTest {
    static final Symptom BONE = symptom(1, "Bone pain");
    static final Symptom SLEEP = symptom(2, "Poor sleep");
    // Symptom 3 is hidden: the caller leaves it out, so its ratings are not shown.
    static final List<CheckIn> CHECK_INS = List.of(
            checkIn(5, "", 2, 10),
            checkIn(0, "Slept badly", 1, 3, 2, 7, 3, 9),
            checkIn(2, "", 1, 0));

    @Test
    void anOpenRangeRunsFromTheFirstCheckInToToday() {
        SymptomHeatmap map = SymptomHeatmap.build(CHECK_INS, List.of(BONE, SLEEP), DateRange.ALL, day(6));

        assertThat(map.days()).containsExactly(day(0), day(1), day(2), day(3), day(4), day(5), day(6));
        assertThat(map.symptoms()).containsExactly(BONE, SLEEP);
        int[][] expected = {
                {3, NOT_RATED, 0, NOT_RATED, NOT_RATED, NOT_RATED, NOT_RATED},
                {7, NOT_RATED, NOT_RATED, NOT_RATED, NOT_RATED, 10, NOT_RATED}};
        for (int s = 0; s < 2; s++) {
            for (int d = 0; d < 7; d++) assertThat(map.rating(s, d)).as("symptom %d day %d", s, d).isEqualTo(expected[s][d]);
        }
        assertThat(map.note(0)).isEqualTo("Slept badly");
        assertThat(map.note(1)).isEmpty();
        assertThat(map.noRatings()).isFalse();
    }

    @Test
    void aFixedRangeShowsEveryDayOfItAndNothingOutside() {
        SymptomHeatmap map = SymptomHeatmap.build(CHECK_INS, List.of(SLEEP, BONE), new DateRange(day(1), day(3)), day(6));

        assertThat(map.days()).containsExactly(day(1), day(2), day(3));
        assertThat(map.rating(1, 1)).isEqualTo(0);           // Bone pain 0 on day 2: rated, not missing
        assertThat(map.rating(0, 1)).isEqualTo(NOT_RATED);
        assertThat(map.dayIndex(day(0))).isEqualTo(-1);
        assertThat(map.dayIndex(day(3))).isEqualTo(2);
    }

    @Test
    void noCheckInsGivesNoDaysForAnOpenStartAndEmptyCellsForAFixedOne() {
        assertThat(SymptomHeatmap.build(List.of(), List.of(BONE), DateRange.ALL, day(6)).dayCount()).isZero();
        SymptomHeatmap fixed = SymptomHeatmap.build(List.of(), List.of(BONE), new DateRange(day(0), null), day(3));
        assertThat(fixed.dayCount()).isEqualTo(4);
        assertThat(fixed.noRatings()).isTrue();
        assertThat(fixed.rating(0, 3)).isEqualTo(NOT_RATED);
    }

    @Test
    void aYearOfSymptomsFitsInOneSmallArray() {
        List<CheckIn> year = java.util.stream.IntStream.range(0, 365).mapToObj(n -> checkIn(n, "", 1, n % 11, 2, 10 - n % 11)).toList();
        SymptomHeatmap map = SymptomHeatmap.build(year, List.of(BONE, SLEEP), DateRange.ALL, day(364));
        assertThat(map.dayCount()).isEqualTo(365);
        assertThat(map.rating(0, 364)).isEqualTo(364 % 11);
        assertThat(map.rating(1, 364)).isEqualTo(10 - 364 % 11);
    }
}
