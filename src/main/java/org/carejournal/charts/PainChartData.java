package org.carejournal.charts;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.analysis.DailyPain;
import org.carejournal.domain.DateRange;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * What the pain chart draws for one date range: daily worst and average pain and the 7-day average of
 * the worst, as a JFreeChart dataset. Built off the FX thread; tests read the series values.
 *
 * @param shownFrom first day on the date axis: the range start, else the first day with pain (null: none)
 * @param shownTo   last day on the date axis: the range end, else today
 * @param days      the daily pain the series were made from, oldest first
 * @param timeline  the medicines and treatment-line starts within the days shown, drawn under the plot
 */
public record PainChartData(DateRange range, LocalDate shownFrom, LocalDate shownTo, LocalDate treatmentStart,
                            TimeSeriesCollection dataset, List<DailyPain> days, TreatmentTimeline timeline) {

    /** Series index of the day's worst pain (points joined by a thin line). */
    public static final int WORST = 0;
    /** Series index of the day's average pain, where one was given. */
    public static final int AVERAGE = 1;
    /** Series index of the 7-day average of the worst pain (a thick line). */
    public static final int ROLLING = 2;

    public static final String WORST_NAME = "Worst pain";
    public static final String AVERAGE_NAME = "Average pain";
    public static final String ROLLING_NAME = "7-day average of worst pain";

    public PainChartData {
        days = List.copyOf(days);
    }

    /** A chart without a treatment timeline. */
    public static PainChartData build(List<DailyPain> days, DateRange range, LocalDate treatmentStart, LocalDate today) {
        return build(days, range, treatmentStart, today, TreatmentTimeline.EMPTY);
    }

    /**
     * @param days     daily pain within {@code range} (see {@link org.carejournal.analysis.PainTrend#daily})
     * @param timeline the whole timeline; the part within the days shown is kept
     */
    public static PainChartData build(List<DailyPain> days, DateRange range, LocalDate treatmentStart, LocalDate today,
                                      TreatmentTimeline timeline) {
        TimeSeries worst = new TimeSeries(WORST_NAME);
        TimeSeries average = new TimeSeries(AVERAGE_NAME);
        TimeSeries rolling = new TimeSeries(ROLLING_NAME);
        for (DailyPain d : days) {
            var day = ChartParts.day(d.date());
            // add(…, false): one change event at the end instead of one per point (years of daily data).
            if (d.worst() != null) worst.add(day, d.worst(), false);
            if (d.average() != null) average.add(day, d.average(), false);
            if (d.rollingMean7() != null) rolling.add(day, d.rollingMean7(), false);
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(worst);
        dataset.addSeries(average);
        dataset.addSeries(rolling);
        LocalDate from = range.from() != null ? range.from() : days.isEmpty() ? null : days.get(0).date();
        LocalDate to = range.to() != null ? range.to() : today;
        // Clipped to the date axis (which starts at the first pain entry when the range is open).
        DateRange shown = from == null || to.isBefore(from) ? range : new DateRange(from, to);
        return new PainChartData(range, from, to, treatmentStart, dataset, days, timeline.clip(shown));
    }

    /** The values of one series, oldest first (tests check the chart by these). */
    public List<Double> values(int series) {
        TimeSeries s = dataset.getSeries(series);
        return java.util.stream.IntStream.range(0, s.getItemCount()).mapToObj(i -> s.getValue(i).doubleValue()).toList();
    }

    /** Days with a pain entry in the range. */
    public int dayCount() {
        return days.size();
    }
}
