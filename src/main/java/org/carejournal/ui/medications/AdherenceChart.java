package org.carejournal.ui.medications;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.StackPane;
import org.carejournal.analysis.AdherencePoint;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.ui.Styles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodValues;
import org.jfree.data.time.TimePeriodValuesCollection;

/**
 * The small weekly adherence chart: one bar per week, the share of its planned doses taken. Weeks with no
 * planned dose have no bar (rather than a bar at 0 %). Node id {@code adherenceChart}.
 */
final class AdherenceChart extends StackPane {
    /** Okabe–Ito blue: stays clear for colour-blind readers. */
    private static final Color BAR = new Color(0x00, 0x72, 0xb2);
    private final ChartViewer viewer = new ChartViewer(null);

    AdherenceChart() {
        setId("adherenceChart");
        getStyleClass().add(Styles.CHART_PANE);
        setMinHeight(160);
        setPrefHeight(220);
        getChildren().add(viewer);
    }

    void show(List<AdherencePoint> weeks, double fontSize) {
        viewer.setChart(create(weeks, (float) fontSize));
    }

    static JFreeChart create(List<AdherencePoint> weeks, float fontSize) {
        TimePeriodValues values = new TimePeriodValues("Doses taken");
        for (AdherencePoint p : weeks) {
            if (p.due() == 0) continue;
            values.add(new SimpleTimePeriod(date(p.weekStart()), date(p.weekStart().plusDays(7))), 100.0 * p.taken() / p.due());
        }
        TimePeriodValuesCollection data = new TimePeriodValuesCollection(values);
        DateAxis dates = new DateAxis(null);
        boolean shortSpan = weeks.size() < 2 || ChronoUnit.DAYS.between(weeks.get(0).weekStart(),
                weeks.get(weeks.size() - 1).weekStart()) < 120;
        dates.setDateFormatOverride(new SimpleDateFormat(shortSpan ? "d MMM" : "MMM yyyy", Locale.ENGLISH));
        NumberAxis percent = new NumberAxis("Doses taken (%)");
        percent.setRange(0, 100);
        percent.setTickUnit(new NumberTickUnit(25, new DecimalFormat("0")));

        XYBarRenderer bars = new XYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setDefaultToolTipGenerator((d, series, item) -> describe(weeks.stream().filter(p -> p.due() > 0).toList().get(item)));
        XYPlot plot = new XYPlot(data, dates, percent, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fontSize));
        for (ValueAxis axis : new ValueAxis[] {dates, percent}) {
            axis.setTickLabelFont(font);
            axis.setLabelFont(font.deriveFont(Font.BOLD));
        }
        plot.setNoDataMessage(AdherenceRow.NO_DOSES + ".");
        plot.setNoDataMessageFont(font);
        JFreeChart chart = new JFreeChart(null, font, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** "Week of 16 Nov 2026: 12 of 14 planned doses taken". */
    static String describe(AdherencePoint p) {
        return "Week of " + ScheduleText.day(p.weekStart()) + ": " + p.taken() + " of " + p.due() + " planned doses taken";
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
