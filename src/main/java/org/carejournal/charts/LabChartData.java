package org.carejournal.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.PsaKinetics;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Everything the lab screen draws for one test and date range: the chart dataset, which result sits
 * behind each drawn point (so a click can find it), and, for PSA, the kinetics. Built off the FX thread.
 *
 * @param treatmentStart the start baseline and nadir are counted from (a treatment line's, or the one set by hand)
 * @param points         for each series of {@code dataset}, the results in item order
 * @param timeline       the medicines and treatment-line starts within {@code range}, drawn under the plot
 */
public record LabChartData(LabTest test, DateRange range, LocalDate treatmentStart,
                           TimeSeriesCollection dataset, List<List<LabResult>> points, KineticsReport kinetics,
                           TreatmentTimeline timeline) {

    /** Series index of values used for kinetics (joined by a line). */
    public static final int USED = 0;
    /** Series index of values the person left out (drawn faded). */
    public static final int EXCLUDED = 1;
    /** Series index of values below the detection limit (drawn hollow at the limit). */
    public static final int CENSORED = 2;

    /** A chart without a treatment timeline. */
    public static LabChartData build(LabTest test, List<LabResult> results, DateRange range, LocalDate treatmentStart) {
        return build(test, results, range, treatmentStart, TreatmentTimeline.EMPTY);
    }

    /** @param timeline the whole timeline; the part within {@code range} is kept */
    public static LabChartData build(LabTest test, List<LabResult> results, DateRange range, LocalDate treatmentStart,
                                     TreatmentTimeline timeline) {
        TimeSeries used = new TimeSeries("Used for the trend");
        TimeSeries excluded = new TimeSeries("Left out by you");
        TimeSeries censored = new TimeSeries("Below detection limit");
        List<List<LabResult>> points = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (LabResult r : results) {
            if (!range.contains(r.date())) continue;
            int series = r.excluded() ? EXCLUDED : r.value().censored() ? CENSORED : USED;
            TimeSeries target = series == USED ? used : series == EXCLUDED ? excluded : censored;
            Day day = day(r.date());
            // Two results on one day: keep both in the table, draw the later entry (a time series holds one per day).
            if (target.getDataItem(day) != null) {
                int index = target.getIndex(day);
                points.get(series).remove(index);
                target.delete(day);
            }
            target.add(day, r.value().value());
            points.get(series).add(target.getIndex(day), r);
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(used);
        dataset.addSeries(excluded);
        dataset.addSeries(censored);
        KineticsReport kinetics = test.isPsa() ? PsaKinetics.compute(results, range, treatmentStart) : null;
        return new LabChartData(test, range, treatmentStart, dataset, points, kinetics, timeline.clip(range));
    }

    /** The result drawn as item {@code item} of series {@code series}. */
    public LabResult resultAt(int series, int item) {
        return points.get(series).get(item);
    }

    /** Number of points drawn, over all series. */
    public int pointCount() {
        return points.stream().mapToInt(List::size).sum();
    }

    static Day day(LocalDate date) {
        return ChartParts.day(date);
    }
}
