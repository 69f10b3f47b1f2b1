package org.carejournal.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The chart is checked by its data: which point sits in which series, and which result is behind it. */
class LabChartDataTest {
    static final LocalDate D = LocalDate.of(2026, 1, 1);

    static LabResult psa(long id, int day, LabValue v, boolean excluded) {
        return new LabResult(id, LabTest.PSA, D.plusDays(day), v, null, null, "", "", excluded);
    }

    @Test
    void pointsGoToUsedExcludedAndCensoredSeriesAndMapBackToTheirResults() {
        List<LabResult> results = List.of(
                psa(1, 0, LabValue.exact(2), false),
                psa(2, 30, LabValue.exact(9), true),
                psa(3, 60, LabValue.below(0.1), false),
                psa(4, 90, LabValue.exact(4), false));
        LabChartData data = LabChartData.build(LabTest.PSA, results, DateRange.ALL, null);

        assertThat(data.dataset().getSeries(LabChartData.USED).getItemCount()).isEqualTo(2);
        assertThat(data.dataset().getSeries(LabChartData.EXCLUDED).getItemCount()).isEqualTo(1);
        assertThat(data.dataset().getSeries(LabChartData.CENSORED).getValue(0).doubleValue()).isEqualTo(0.1);
        assertThat(data.resultAt(LabChartData.USED, 1).id()).isEqualTo(4);
        assertThat(data.resultAt(LabChartData.EXCLUDED, 0).id()).isEqualTo(2);
        assertThat(data.resultAt(LabChartData.CENSORED, 0).id()).isEqualTo(3);
        // PSA 2 → 4 over 90 days, the excluded and censored values left out: doubling time 90 days.
        assertThat(data.kinetics().doublingTimeDays()).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(data.kinetics().pointsCensored()).isEqualTo(1);
        assertThat(data.kinetics().pointsExcluded()).isEqualTo(1);
    }

    @Test
    void theRangeLimitsWhatIsDrawn() {
        List<LabResult> results = List.of(psa(1, 0, LabValue.exact(2), false), psa(2, 100, LabValue.exact(3), false));
        LabChartData data = LabChartData.build(LabTest.PSA, results, new DateRange(D.plusDays(50), null), null);
        assertThat(data.pointCount()).isEqualTo(1);
        assertThat(data.resultAt(LabChartData.USED, 0).id()).isEqualTo(2);
    }

    @Test
    void psaIsDrawnOnALogAxisAndOtherTestsOnALinearOneWithTheCastrateLine() {
        LabChartData psa = LabChartData.build(LabTest.PSA, List.of(psa(1, 0, LabValue.exact(2), false)), DateRange.ALL, null);
        JFreeChart psaChart = LabChartFactory.create(psa, 12);
        assertThat(psaChart.getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);

        LabResult t = new LabResult(1, LabTest.TESTOSTERONE, D, LabValue.exact(20), null, null, "", "", false);
        LabChartData testosterone = LabChartData.build(LabTest.TESTOSTERONE, List.of(t), DateRange.ALL, null);
        XYPlot plot = LabChartFactory.create(testosterone, 12).getXYPlot();
        assertThat(plot.getRangeAxis()).isInstanceOf(NumberAxis.class);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue()).isEqualTo(50.0));
        assertThat(testosterone.kinetics()).isNull();
    }
}
