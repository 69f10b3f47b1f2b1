package org.carejournal.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.analysis.DailyPain;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.charts.TreatmentTimeline.LineStart;
import org.carejournal.charts.TreatmentTimeline.Period;
import org.carejournal.charts.TreatmentTimeline.Row;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The PSA and pain charts draw the treatment timeline: checked by the lanes' data and the markers. */
class TimelineChartTest {
    static final LocalDate D = LocalDate.of(2026, 1, 1);
    static final long DAY = 24L * 60 * 60 * 1000;

    static final TreatmentTimeline TIMELINE = new TreatmentTimeline(List.of(
            new Row(1, "Leuprolide (Eligard)", DrugClass.LHRH_AGONIST, false, List.of(new Period(D, D.plusDays(99)))),
            new Row(2, "Paracetamol", DrugClass.PAIN_RELIEF, true,
                    List.of(new Period(D, D.plusDays(9)), new Period(D.plusDays(50), D.plusDays(50))))),
            List.of(new LineStart(D, "ADT"), new LineStart(D.plusDays(60), "Abiraterone + prednisone")));

    static LabResult psa(int day, double v) {
        return new LabResult(day + 1, LabTest.PSA, D.plusDays(day), LabValue.exact(v), null, null, "", "", false);
    }

    @Test
    void psaChartHasALanePerMedicineOnTheSameDateAxis() {
        LabChartData data = LabChartData.build(LabTest.PSA, List.of(psa(0, 5), psa(90, 1)), DateRange.ALL, D.plusDays(60), TIMELINE);
        JFreeChart chart = LabChartFactory.create(data, 12);

        XYPlot lanes = TimelineLanes.lanePlot(chart);
        assertThat(lanes).isNotNull();
        assertThat(((SymbolAxis) lanes.getRangeAxis()).getSymbols()).containsExactly("Leuprolide", "Paracetamol");
        assertThat(lanes.getDomainAxis()).isSameAs(TimelineLanes.mainPlot(chart).getDomainAxis()).isInstanceOf(DateAxis.class);
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) lanes.getDataset();
        assertThat(bars.getSeriesCount()).isEqualTo(2);
        // Leuprolide: from the first moment of day 0 to the end of day 99, in lane 0.
        assertThat(bars.getStartXValue(0, 0)).isEqualTo(ChartParts.millis(D));
        assertThat(bars.getEndXValue(0, 0)).isEqualTo(ChartParts.millis(D.plusDays(99)) + DAY);
        assertThat(bars.getYValue(0, 0)).isZero();
        // Paracetamol: two bars in lane 1, the second one day long.
        assertThat(bars.getItemCount(1)).isEqualTo(2);
        assertThat(bars.getEndXValue(1, 1) - bars.getStartXValue(1, 1)).isEqualTo(DAY);
        assertThat(bars.getYValue(1, 1)).isEqualTo(1.0);
        // The lanes say nothing in the legend: the PSA series are still the only entries.
        assertThat(chart.getXYPlot().getLegendItems().getItemCount()).isEqualTo(3);
    }

    @Test
    void treatmentLineStartsAreLabelledMarkersOnThePlotInsteadOfTheHandSetStart() {
        LabChartData data = LabChartData.build(LabTest.PSA, List.of(psa(0, 5), psa(90, 1)), DateRange.ALL, D.plusDays(60), TIMELINE);
        XYPlot main = TimelineLanes.mainPlot(LabChartFactory.create(data, 12));
        assertThat(markers(main)).extracting(ValueMarker::getValue)
                .containsExactly((double) ChartParts.millis(D), (double) ChartParts.millis(D.plusDays(60)));
        assertThat(markers(main)).extracting(Marker::getLabel).containsExactly("ADT", "Abiraterone + prednisone");
        assertThat(markers(TimelineLanes.lanePlot(LabChartFactory.create(data, 12)))).hasSize(2);
    }

    @Test
    void withoutLinesTheHandSetStartIsMarkedAndWithoutMedicinesThereAreNoLanes() {
        LabChartData data = LabChartData.build(LabTest.PSA, List.of(psa(0, 5), psa(90, 1)), DateRange.ALL, D.plusDays(30));
        JFreeChart chart = LabChartFactory.create(data, 12);
        assertThat(TimelineLanes.lanePlot(chart)).isNull();
        assertThat(markers(chart.getXYPlot())).singleElement().satisfies(m -> {
            assertThat(m.getLabel()).isEqualTo("Treatment start");
            assertThat(m.getValue()).isEqualTo((double) ChartParts.millis(D.plusDays(30)));
        });
    }

    @Test
    void theChartKeepsOnlyTheTimelineWithinItsRange() {
        DateRange range = new DateRange(D.plusDays(40), null);
        LabChartData data = LabChartData.build(LabTest.PSA, List.of(psa(90, 1)), range, D.plusDays(60), TIMELINE);
        assertThat(data.timeline().rows()).extracting(Row::periods).containsExactly(
                List.of(new Period(D.plusDays(40), D.plusDays(99))), List.of(new Period(D.plusDays(50), D.plusDays(50))));
        assertThat(data.timeline().lineStarts()).extracting(LineStart::name).containsExactly("Abiraterone + prednisone");
    }

    @Test
    void painChartHasTheLanesTooClippedToTheDaysItShows() {
        List<DailyPain> days = List.of(new DailyPain(D.plusDays(5), 4, 3.0, null), new DailyPain(D.plusDays(20), 6, 4.0, null));
        PainChartData data = PainChartData.build(days, DateRange.ALL, null, D.plusDays(30), TIMELINE);
        // The axis runs from the first pain entry (day 5) to today (day 30).
        assertThat(data.timeline().rows()).extracting(Row::periods).containsExactly(
                List.of(new Period(D.plusDays(5), D.plusDays(30))), List.of(new Period(D.plusDays(5), D.plusDays(9))));
        JFreeChart chart = PainChartFactory.create(data, 12);
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) TimelineLanes.lanePlot(chart).getDataset();
        assertThat(bars.getStartXValue(1, 0)).isEqualTo(ChartParts.millis(D.plusDays(5)));
        assertThat(markers(TimelineLanes.mainPlot(chart))).isEmpty();   // both line starts lie outside the days shown
    }

    /**
     * The screen draws a chart again and again into one FXGraphics2D, which skips setting a font equal to the
     * last one it had; a drawing must not end in the font the next one starts with, or that text comes out
     * in whatever font the canvas was left with.
     */
    @Test
    void aDrawingDoesNotEndInTheFontTheNextOneStartsWith() {
        LabChartData data = LabChartData.build(LabTest.PSA, List.of(psa(0, 5), psa(90, 1)), DateRange.ALL, D, TIMELINE);
        JFreeChart chart = LabChartFactory.create(data, 18);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(600, 700, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 600, 700));
        assertThat(g2.getFont()).isNotEqualTo(chart.getLegend().getItemFont());
        g2.dispose();
    }

    @Test
    void barTooltipsNameTheMedicineAndItsDays() {
        assertThat(TimelineLanes.describe(TIMELINE, 1, 1)).isEqualTo("Paracetamol (as needed): 20 Feb 2026 – 20 Feb 2026");
        assertThat(TimelineLanes.describe(TIMELINE, 0, 0)).isEqualTo("Leuprolide (Eligard): 1 Jan 2026 – 10 Apr 2026");
    }

    @SuppressWarnings("unchecked")
    static List<ValueMarker> markers(XYPlot plot) {
        var found = plot.getDomainMarkers(Layer.FOREGROUND);
        return found == null ? List.of() : ((java.util.Collection<ValueMarker>) found).stream().toList();
    }
}
