package org.carejournal.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.carejournal.domain.DateRange;
import org.junit.jupiter.api.Test;

/** The shared range: the app may suggest the treatment line, but never over the person's own choice. */
class ChartRangeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalDate START = LocalDate.of(2026, 6, 1);

    @Test
    void showsTheTreatmentLineWhenNothingWasChosen() {
        ChartRange range = new ChartRange();
        range.preferTreatmentLine(START);
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.SINCE_TREATMENT);
        assertThat(range.chosenByPersonProperty().get()).isFalse();
        assertThat(range.resolve(TODAY, START)).isEqualTo(new DateRange(START, null));
    }

    @Test
    void aPersonsChoiceIsKept() {
        ChartRange range = new ChartRange();
        range.choiceProperty().set(RangeChoice.ONE_YEAR);
        range.choiceProperty().set(RangeChoice.ALL);
        range.preferTreatmentLine(START);
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.ALL);
        assertThat(range.chosenByPersonProperty().get()).isTrue();
    }

    @Test
    void noTreatmentStartLeavesAllAndACustomRangeResolvesInEitherOrder() {
        ChartRange range = new ChartRange();
        range.preferTreatmentLine(null);
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.ALL);
        range.choiceProperty().set(RangeChoice.CUSTOM);
        range.customFromProperty().set(TODAY);
        range.customToProperty().set(START);
        ChartRange.Snapshot snapshot = range.snapshot();
        range.customFromProperty().set(null);
        assertThat(snapshot.resolve(TODAY, null)).isEqualTo(new DateRange(START, TODAY));
        assertThat(range.resolve(TODAY, null)).isEqualTo(new DateRange(null, START));
    }
}
