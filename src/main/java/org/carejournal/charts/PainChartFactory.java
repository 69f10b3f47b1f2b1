package org.carejournal.charts;

import static java.time.temporal.ChronoUnit.DAYS;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimeSeries;

/**
 * Draws a {@link PainChartData}: pain 0–10 over time. Colours are from the Okabe–Ito set, which stays
 * apart for colour-blind readers, and the series also differ by shape and line width. The medicines
 * taken meanwhile are drawn in lanes beneath, on the same dates.
 */
public final class PainChartFactory {
    private static final Color WORST = new Color(0xd5, 0x5e, 0x00);     // vermilion
    private static final Color AVERAGE = new Color(0x00, 0x72, 0xb2);   // blue
    private static final Color ROLLING = new Color(0x22, 0x22, 0x22);   // near black
    /** Above this many days the dots would merge into a smear; the lines alone read better. */
    private static final int MAX_DAYS_WITH_DOTS = 120;
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    /** Tooltip dates: a day name and a month name cannot be misread. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private PainChartFactory() {}

    /** @param fontSize base size in points for axis labels, so the chart follows the chosen text size */
    public static JFreeChart create(PainChartData data, float fontSize) {
        DateAxis dates = new DateAxis(null);
        boolean shortSpan = data.shownFrom() != null && DAYS.between(data.shownFrom(), data.shownTo()) < 100;
        dates.setDateFormatOverride(new SimpleDateFormat(shortSpan ? "d MMM" : "MMM yyyy", Locale.ENGLISH));
        if (data.shownFrom() != null && !data.shownTo().isBefore(data.shownFrom())) {
            // The same days as the symptom heatmap below, not just the days that happen to have pain.
            dates.setRange(ChartParts.millis(data.shownFrom()) - DAY_MILLIS / 2, ChartParts.millis(data.shownTo()) + DAY_MILLIS / 2);
        }
        NumberAxis pain = new NumberAxis("Pain (0 = none, 10 = worst imaginable)");
        pain.setRange(-0.4, 10.4);   // room for a dot drawn on 0 or 10
        pain.setTickUnit(new NumberTickUnit(2, new DecimalFormat("0")));

        XYPlot plot = new XYPlot(data.dataset(), dates, pain, renderer(data));
        ChartParts.plainPlot(plot);
        plot.setNoDataMessage("No pain entries in this range.");
        TimelineLanes.markTreatment(plot, data.treatmentStart(), data.timeline(), data.range(), fontSize);
        return ChartParts.chart(plot, data.timeline(), fontSize);
    }

    private static XYLineAndShapeRenderer renderer(PainChartData data) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        boolean dots = data.dayCount() <= MAX_DAYS_WITH_DOTS;
        // Over months the daily lines zigzag; fainter, they leave the 7-day average to carry the story.
        r.setSeriesPaint(PainChartData.WORST, dots ? WORST : faded(WORST));
        r.setSeriesPaint(PainChartData.AVERAGE, dots ? AVERAGE : faded(AVERAGE));
        r.setSeriesStroke(PainChartData.WORST, new BasicStroke(1.5f));
        r.setSeriesShape(PainChartData.WORST, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        r.setSeriesShapesVisible(PainChartData.WORST, dots);
        r.setSeriesStroke(PainChartData.AVERAGE, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10, new float[] {6, 4}, 0));
        r.setSeriesShape(PainChartData.AVERAGE, new Rectangle2D.Double(-4, -4, 8, 8));
        r.setSeriesShapesVisible(PainChartData.AVERAGE, dots);
        r.setSeriesPaint(PainChartData.ROLLING, ROLLING);
        r.setSeriesStroke(PainChartData.ROLLING, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShapesVisible(PainChartData.ROLLING, false);
        r.setDefaultToolTipGenerator((dataset, series, item) -> describe(data, series, item));
        return r;
    }

    private static Color faded(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 120);
    }

    /** Tooltip text for a point: "Worst pain 7 on Tue 3 Nov 2026". */
    static String describe(PainChartData data, int series, int item) {
        TimeSeries s = data.dataset().getSeries(series);
        LocalDate date = s.getTimePeriod(item).getStart().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        return s.getKey() + " " + new DecimalFormat("0.#").format(s.getValue(item).doubleValue()) + " on " + DAY.format(date);
    }
}
