package org.carejournal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;

/** What the app's charts share: the plot look, the treatment-start marker, fonts that follow the text size. */
final class ChartParts {
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color MARKER = new Color(0x6a, 0x6a, 0x6a);
    /** The dashed upright line of treatment starts. */
    static final BasicStroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);

    private ChartParts() {}

    static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    static long millis(LocalDate date) {
        return day(date).getFirstMillisecond();
    }

    static void plainPlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** A dashed upright line labelled "Treatment start", when the start falls inside the shown range. */
    static void markTreatmentStart(XYPlot plot, LocalDate start, org.carejournal.domain.DateRange range, float fontSize) {
        if (start == null || !range.contains(start)) return;
        ValueMarker marker = new ValueMarker(millis(start), MARKER, DASHED);
        marker.setLabel("Treatment start");
        marker.setLabelFont(plainFont(fontSize - 1));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));   // JFreeChart's default grey box is hard to read
        plot.addDomainMarker(marker);
    }

    static Font plainFont(float size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
    }

    /** Axis ticks and labels at the chosen size, and the chart around the plot. */
    static JFreeChart chart(XYPlot plot, float fontSize) {
        return chart(plot, TreatmentTimeline.EMPTY, fontSize);
    }

    /**
     * As {@link #chart(XYPlot, float)}, with the timeline's medicine lanes under the plot when it has any
     * (see {@link TimelineLanes}).
     */
    static JFreeChart chart(XYPlot plot, TreatmentTimeline timeline, float fontSize) {
        Font tickFont = plainFont(fontSize);
        Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(fontSize));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setTickLabelFont(tickFont);
            axis.setLabelFont(labelFont);
        }
        plot.setNoDataMessageFont(tickFont);
        JFreeChart chart = new JFreeChart(null, tickFont, TimelineLanes.combine(plot, timeline, fontSize), true);
        chart.getLegend().setItemFont(tickFont);
        // Room between legend entries, so "Worst pain" and the next line's sample do not run together.
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right for the last date label, which is centred on its tick.
        chart.setPadding(new RectangleInsets(4, 4, 4, fontSize * 1.5));
        return chart;
    }
}
