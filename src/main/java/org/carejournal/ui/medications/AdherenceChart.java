package org.carejournal.ui.medications;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import org.carejournal.analysis.AdherencePoint;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.ui.Styles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodValues;
import org.jfree.data.time.TimePeriodValuesCollection;

/**
 * The small weekly adherence chart: one bar per week, blue for the share of its planned doses taken, in
 * front of a grey bar standing for all of them. Weeks with no planned dose have no bar at all (rather than
 * one at 0 %). Node id {@code adherenceChart}.
 */
final class AdherenceChart extends StackPane {
    /** Okabe–Ito blue: stays clear for colour-blind readers. */
    private static final Color BAR = new Color(0x00, 0x72, 0xb2);
    private static final Color PLANNED = new Color(0xe3, 0xe7, 0xec);
    private final ChartViewer viewer = new ChartViewer(null);

    AdherenceChart() {
        setId("adherenceChart");
        getStyleClass().add(Styles.CHART_PANE);
        setMinHeight(160);
        setPrefHeight(220);
        getChildren().add(viewer);
        viewer.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        viewer.setAccessibleHelp("The share for each medicine is listed beside the chart.");
    }

    void show(List<AdherencePoint> weeks, double fontSize) {
        viewer.setChart(create(weeks, (float) fontSize));
        int due = weeks.stream().mapToInt(AdherencePoint::due).sum();
        int taken = weeks.stream().mapToInt(AdherencePoint::taken).sum();
        viewer.setAccessibleText("Chart of the share of planned doses taken, week by week: " + taken + " of " + due
                + " doses over " + weeks.size() + " weeks");
    }

    static JFreeChart create(List<AdherencePoint> weeks, float fontSize) {
        // A grey bar behind each week with planned doses, so a week with none taken is seen, not left blank.
        TimePeriodValues planned = new TimePeriodValues("Planned doses");
        TimePeriodValues taken = new TimePeriodValues("Doses taken");
        List<AdherencePoint> withDoses = weeks.stream().filter(p -> p.due() > 0).toList();
        for (AdherencePoint p : withDoses) {
            SimpleTimePeriod week = new SimpleTimePeriod(date(p.weekStart()), date(p.weekStart().plusDays(7)));
            planned.add(week, 100.0);
            taken.add(week, 100.0 * p.taken() / p.due());
        }
        TimePeriodValuesCollection data = new TimePeriodValuesCollection();
        data.addSeries(planned);
        data.addSeries(taken);
        DateAxis dates = new MondayAxis();
        if (!weeks.isEmpty()) {
            // The axis starts on the first week's Monday, so the weekly ticks fall on the bars' edges.
            dates.setRange(date(weeks.get(0).weekStart()), date(weeks.get(weeks.size() - 1).weekStart().plusDays(7)));
        }
        boolean shortSpan = weeks.size() < 2 || ChronoUnit.DAYS.between(weeks.get(0).weekStart(),
                weeks.get(weeks.size() - 1).weekStart()) < 120;
        if (shortSpan) {
            // One tick a week: JFreeChart's own choice crowds a tick onto every other day.
            dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7, new SimpleDateFormat("d MMM", Locale.ENGLISH)));
            dates.setTickMarkPosition(DateTickMarkPosition.START);
        } else {
            dates.setDateFormatOverride(new SimpleDateFormat("MMM yyyy", Locale.ENGLISH));
        }
        NumberAxis percent = new NumberAxis("Doses taken (%)");
        percent.setRange(0, 100);
        percent.setTickUnit(new NumberTickUnit(25, new DecimalFormat("0")));

        XYBarRenderer bars = new XYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, PLANNED);
        bars.setSeriesPaint(1, BAR);
        bars.setDefaultToolTipGenerator((d, series, item) -> describe(withDoses.get(item)));
        XYPlot plot = new XYPlot(data, dates, percent, bars);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);   // the taken share in front of the grey
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
        chart.setPadding(new RectangleInsets(8, 4, 4, 12));   // room for the "100" at the top of the scale
        return chart;
    }

    /** "Week of 16 Nov 2026: 12 of 14 planned doses taken". */
    static String describe(AdherencePoint p) {
        return "Week of " + ScheduleText.day(p.weekStart()) + ": " + p.taken() + " of " + p.due() + " planned doses taken";
    }

    /** Weekly ticks fall on Mondays, the edges of the bars (JFreeChart counts 7-day units from the month's start). */
    private static final class MondayAxis extends DateAxis {
        @Override
        protected Date previousStandardDate(Date date, DateTickUnit unit) {
            if (unit.getUnitType() != DateTickUnitType.DAY || unit.getMultiple() != 7) return super.previousStandardDate(date, unit);
            LocalDate day = date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            return date(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
