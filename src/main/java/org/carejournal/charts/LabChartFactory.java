package org.carejournal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws a {@link LabChartData} as a JFreeChart: PSA on a logarithmic axis (a steady doubling is a
 * straight line there), other tests on a linear one; the medicines taken meanwhile in lanes beneath, on
 * the same dates. The same chart can later be drawn into the PDF.
 */
public final class LabChartFactory {
    private static final Color LINE = new Color(0x1f, 0x5f, 0xa8);
    private static final Color FADED = new Color(0x1f, 0x5f, 0xa8, 70);
    private static final Color CASTRATE = new Color(0xb0, 0x4a, 0x00);

    private LabChartFactory() {}

    /** @param fontSize base size in points for axis labels, so the chart follows the chosen text size */
    public static JFreeChart create(LabChartData data, float fontSize) {
        LabTest test = data.test();
        DateAxis dates = new DateAxis(null);
        dates.setDateFormatOverride(new SimpleDateFormat("MMM yyyy"));
        dates.setLowerMargin(0.03);
        dates.setUpperMargin(0.03);

        XYPlot plot = new XYPlot(data.dataset(), dates, valueAxis(test), renderer(data));
        ChartParts.plainPlot(plot);
        TimelineLanes.markTreatment(plot, data.treatmentStart(), data.timeline(), data.range(), fontSize);
        if (test == LabTest.TESTOSTERONE) {
            ValueMarker castrate = new ValueMarker(LabTest.CASTRATE_TESTOSTERONE_NG_DL, CASTRATE, new BasicStroke(1.5f));
            castrate.setLabel("Castrate level 50 ng/dL");
            castrate.setLabelFont(ChartParts.plainFont(fontSize - 1));
            castrate.setLabelPaint(CASTRATE);
            castrate.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            castrate.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(castrate);
        }
        JFreeChart chart = ChartParts.chart(plot, data.timeline(), fontSize);
        Font tickFont = ChartParts.plainFont(fontSize);
        if (test.isPsa()) {
            // A log scale surprises people; say in plain words how to read it.
            TextTitle howToRead = new TextTitle("Log scale: each step up the left side is 10 times higher. "
                    + "A steady doubling shows as a straight line.", tickFont);
            howToRead.setHorizontalAlignment(HorizontalAlignment.LEFT);
            howToRead.setPaint(ChartParts.MARKER);
            chart.addSubtitle(howToRead);
        }
        return chart;
    }

    private static ValueAxis valueAxis(LabTest test) {
        String label = test.displayName() + " (" + test.canonicalUnit().symbol() + ")";
        if (test.isPsa()) {
            LogAxis log = new LogAxis(label);
            log.setBase(10);
            log.setTickUnit(new NumberTickUnit(1));   // one tick per power of ten: 0.1, 1, 10, 100
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            log.setNumberFormatOverride(new DecimalFormat("0.###"));
            log.setSmallestValue(0.001);
            return log;
        }
        NumberAxis linear = new NumberAxis(label);
        linear.setAutoRangeIncludesZero(test == LabTest.TESTOSTERONE);
        return linear;
    }

    private static XYLineAndShapeRenderer renderer(LabChartData data) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        Ellipse2D.Double dot = new Ellipse2D.Double(-5, -5, 10, 10);
        for (int s = 0; s < 3; s++) {
            r.setSeriesShape(s, dot);
            r.setSeriesStroke(s, new BasicStroke(2f));
        }
        r.setSeriesPaint(LabChartData.USED, LINE);
        r.setSeriesLinesVisible(LabChartData.USED, true);
        r.setSeriesPaint(LabChartData.EXCLUDED, FADED);
        r.setSeriesLinesVisible(LabChartData.EXCLUDED, false);
        r.setSeriesPaint(LabChartData.CENSORED, LINE);
        r.setSeriesLinesVisible(LabChartData.CENSORED, false);
        r.setSeriesShapesFilled(LabChartData.CENSORED, false);   // hollow: the true value lies below
        r.setDefaultToolTipGenerator((dataset, series, item) -> describe(data.resultAt(series, item)));
        return r;
    }

    /** Tooltip text for a point: "PSA 4.2 ng/mL on 2026-03-01 (left out)". */
    public static String describe(LabResult r) {
        String state = r.excluded() ? " (left out of the trend: click to use it)" : " (click to leave it out)";
        return r.test().displayName() + " " + r.value().display() + " " + r.test().canonicalUnit().symbol()
                + " on " + r.date() + state;
    }
}
