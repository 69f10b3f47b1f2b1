package org.carejournal.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.DrugClass;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Draws a {@link TreatmentTimeline} with a chart: a lane per medicine under the plot, on the same date
 * axis, and a labelled upright line at each treatment-line start. Colours follow the drug family and
 * come from the Okabe–Ito set, which colour-blind readers can tell apart; the lane names say the rest.
 */
public final class TimelineLanes {
    /** Hormone therapy: ADT, anti-androgens, abiraterone. */
    static final Color HORMONE = new Color(0x00, 0x72, 0xb2);   // blue
    /** Chemotherapy, radiopharmaceuticals, PARP inhibitors, immunotherapy. */
    static final Color CANCER_DRUG = new Color(0xd5, 0x5e, 0x00);   // vermilion
    static final Color BONE = new Color(0x00, 0x9e, 0x73);   // bluish green
    static final Color STEROID = new Color(0xcc, 0x79, 0xa7);   // reddish purple
    static final Color RADIATION = new Color(0xe6, 0x9f, 0x00);   // orange
    static final Color PAIN_RELIEF = new Color(0x56, 0xb4, 0xe9);   // sky blue
    static final Color OTHER = new Color(0x80, 0x80, 0x80);
    private static final Color LANE_BAND = new Color(0xf3, 0xf3, 0xf3);
    /** Half the height of a bar, in lanes: a gap between neighbouring lanes. */
    private static final double HALF_BAR = 0.32;
    /**
     * Room for the plot above the lanes, in lines of chart text, at the chart's smallest: enough for the
     * longest value-axis label ("Pain (0 = none, 10 = worst imaginable)") written upright beside it.
     */
    static final int MAIN_LINES = 23;
    private static final Font AFTER_DRAWING = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private TimelineLanes() {}

    /**
     * The plot to draw: {@code main} alone when there are no medicines to show, else {@code main} above a
     * lane plot sharing its date axis. Call after {@code main} is fully set up.
     */
    static XYPlot combine(XYPlot main, TreatmentTimeline timeline, float fontSize) {
        if (timeline.rows().isEmpty()) return main;
        ValueAxis dates = main.getDomainAxis();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dates) {
            @Override
            public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                             PlotRenderingInfo info) {
                super.draw(g2, area, anchor, parentState, info);
                // On screen the chart is drawn again and again into one FXGraphics2D, which skips a font
                // equal to the last one it was given, though its canvas has lost that font meanwhile. The
                // lane names end a drawing in the same font the legend starts the next one with, which then
                // came out small. A font no text uses, set last, makes the next drawing set its own.
                g2.setFont(AFTER_DRAWING);
            }
        };
        combined.setGap(fontSize * 0.8);
        // Weights in pixels at the chart's smallest (see minimumHeight); a taller chart grows both alike.
        combined.add(main, mainPixels(fontSize));
        combined.add(lanes(timeline, fontSize), timeline.rows().size() * lanePixels(fontSize));
        return combined;
    }

    static int mainPixels(float fontSize) {
        return Math.round(fontSize * MAIN_LINES);
    }

    /** A lane's height in pixels: a line of its name and a little room. */
    static int lanePixels(float fontSize) {
        return Math.round(fontSize * 1.5f + 6);
    }

    /**
     * The least height at which a chart with these lanes still shows its plot at a useful size and every
     * lane's name (fewer pixels and the axis leaves names out). Negative when there are no lanes: the
     * chart then needs nothing beyond its own minimum.
     */
    public static double minimumHeight(TreatmentTimeline timeline, double fontSize) {
        if (timeline == null || timeline.rows().isEmpty()) return -1;
        float size = (float) fontSize;
        // Above and below the plots: a subtitle, the date axis, the legend and the gap between the plots.
        double around = size * 7 + 24;
        return mainPixels(size) + timeline.rows().size() * lanePixels(size) + around;
    }

    /** The plot with the values: the chart's own plot, or the upper one when lanes are drawn beneath. */
    public static XYPlot mainPlot(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        return plot instanceof CombinedDomainXYPlot combined ? combined.getSubplots().get(0) : plot;
    }

    /** The medicine lanes under a chart's plot, or null when it has none. */
    public static XYPlot lanePlot(JFreeChart chart) {
        return chart.getXYPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots().get(1) : null;
    }

    /** The lane plot alone (its date axis comes from the plot it is combined with). */
    static XYPlot lanes(TreatmentTimeline timeline, float fontSize) {
        List<TreatmentTimeline.Row> rows = timeline.rows();
        String[] names = rows.stream().map(TreatmentTimeline.Row::shortName).toArray(String[]::new);
        SymbolAxis lanes = new SymbolAxis(null, names);
        lanes.setInverted(true);   // the first medicine at the top, as a list is read
        lanes.setRange(-0.5, rows.size() - 0.5);
        lanes.setGridBandPaint(Color.WHITE);
        lanes.setGridBandAlternatePaint(LANE_BAND);
        lanes.setTickLabelFont(ChartParts.plainFont(fontSize));
        lanes.setTickMarksVisible(false);

        XYPlot plot = new XYPlot(dataset(timeline), null, lanes, renderer(timeline));
        ChartParts.plainPlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (TreatmentTimeline.LineStart l : timeline.lineStarts()) {
            plot.addDomainMarker(new ValueMarker(ChartParts.millis(l.date()), ChartParts.MARKER, ChartParts.DASHED));
        }
        return plot;
    }

    /**
     * Series {@code i} holds row {@code i}'s periods as bars from the first moment of their first day to
     * the end of their last day, at height {@code i}.
     */
    public static XYIntervalSeriesCollection dataset(TreatmentTimeline timeline) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        for (int i = 0; i < timeline.rows().size(); i++) {
            TreatmentTimeline.Row row = timeline.rows().get(i);
            XYIntervalSeries series = new XYIntervalSeries(i + ": " + row.name());
            for (TreatmentTimeline.Period p : row.periods()) {
                double from = ChartParts.millis(p.from());
                series.add(from, from, ChartParts.millis(p.to()) + DAY_MILLIS, i, i - HALF_BAR, i + HALF_BAR);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /**
     * Marks the treatment on {@code plot}: each treatment-line start in the timeline with the line's name;
     * else the start set by hand, when the range shows it.
     */
    static void markTreatment(XYPlot plot, LocalDate treatmentStart, TreatmentTimeline timeline, DateRange range,
                              float fontSize) {
        List<TreatmentTimeline.LineStart> starts = timeline.lineStarts();
        if (starts.isEmpty()) {
            ChartParts.markTreatmentStart(plot, treatmentStart, range, fontSize);
            return;
        }
        for (int i = 0; i < starts.size(); i++) {
            ValueMarker marker = new ValueMarker(ChartParts.millis(starts.get(i).date()), ChartParts.MARKER, ChartParts.DASHED);
            marker.setLabel(starts.get(i).name());
            marker.setLabelFont(ChartParts.plainFont(fontSize - 1));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            // Every other label a line lower, so two starts close together do not print over each other.
            double down = 3 + (i % 2) * (fontSize + 8);
            marker.setLabelOffset(new RectangleInsets(down, 3, 3, 3));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            plot.addDomainMarker(marker);
        }
    }

    private static XYBarRenderer renderer(TreatmentTimeline timeline) {
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());   // flat: the default gradient reads as a button
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setDefaultSeriesVisibleInLegend(false);   // the lane names already say what each bar is
        for (int i = 0; i < timeline.rows().size(); i++) {
            TreatmentTimeline.Row row = timeline.rows().get(i);
            Color c = colour(row.drugClass());
            // As-needed medicines were not taken every day: a lighter bar says so.
            r.setSeriesPaint(i, row.asNeeded() ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 110) : c);
        }
        r.setDefaultToolTipGenerator((dataset, series, item) -> describe(timeline, series, item));
        return r;
    }

    /** Tooltip text for a bar: "Abiraterone (Zytiga): 3 Mar 2025 – 24 Nov 2026". */
    static String describe(TreatmentTimeline timeline, int series, int item) {
        TreatmentTimeline.Row row = timeline.rows().get(series);
        TreatmentTimeline.Period p = row.periods().get(item);
        return row.name() + (row.asNeeded() ? " (as needed)" : "") + ": " + DAY.format(p.from()) + " – " + DAY.format(p.to());
    }

    /** The lane colour of a drug family. */
    static Color colour(DrugClass c) {
        return switch (c) {
            case LHRH_AGONIST, LHRH_ANTAGONIST, SURGICAL_ADT, OLDER_ANTIANDROGEN, NEWER_ANTIANDROGEN,
                 ANDROGEN_SYNTHESIS_INHIBITOR -> HORMONE;
            case CHEMOTHERAPY, RADIOPHARMACEUTICAL, PARP_INHIBITOR, IMMUNOTHERAPY -> CANCER_DRUG;
            case BISPHOSPHONATE, RANKL_INHIBITOR -> BONE;
            case CORTICOSTEROID -> STEROID;
            case RADIATION -> RADIATION;
            case PAIN_RELIEF -> PAIN_RELIEF;
            case SUPPLEMENT, OTHER -> OTHER;
        };
    }
}
