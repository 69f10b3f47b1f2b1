package org.carejournal.report.summary.pdf;

import static org.carejournal.report.summary.pdf.SummaryPdf.DAY;

import java.text.DecimalFormat;
import java.util.List;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.Progression;
import org.carejournal.analysis.Response;
import org.carejournal.charts.LabChartFactory;
import org.carejournal.charts.TimelineLanes;
import org.carejournal.charts.TreatmentTimeline;
import org.carejournal.domain.LabResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.data.Range;
import org.carejournal.report.summary.Section;
import org.carejournal.report.summary.SummaryData.LabBlock;
import org.carejournal.report.summary.SummaryData.Psa;

/** The lab sections: PSA with its chart, the kinetics with how reliable they are, the other tests. */
final class LabSections {
    /** The most of a page one chart may take. */
    private static final float MAX_PAGE_SHARE = 0.62f;

    private static final DecimalFormat ONE = new DecimalFormat("0.0");
    private static final DecimalFormat SIGNED = new DecimalFormat("+0.0;−0.0");

    private final PdfPages pages;
    private final Sections sections;

    LabSections(PdfPages pages, Sections sections) {
        this.pages = pages;
        this.sections = sections;
    }

    void psa(Psa psa) {
        String unit = psa.test().canonicalUnit().symbol();
        float font = pages.type.chart();
        float height = chartHeight(psa.chart().timeline(), font);
        sections.heading(psa.test().displayName() + " (" + unit + ")", height);
        pages.chart(wholeDecades(LabChartFactory.create(psa.chart(), font)), height);
        pages.gap(pages.type.body() * 0.5f);
        PdfTable t = new PdfTable(new String[] {"Date", psa.test().displayName() + " (" + unit + ")", "Lab", "Note"},
                new float[] {2.1f, 1.6f, 2.6f, 3.4f});
        for (LabResult r : psa.results()) t.row(DAY.format(r.date()), r.value().display(), r.lab(), note(r));
        t.draw(pages);
    }

    void kinetics(Psa psa) {
        KineticsReport k = psa.kinetics();
        String unit = psa.test().canonicalUnit().symbol();
        sections.heading(Section.PSA_KINETICS.title() + " (" + psa.test().displayName() + ", this period)", sections.lines(5));
        PdfTable t = new PdfTable(new String[] {"Figure", "Value"}, new float[] {3, 6});
        if (k.doublingTimeMonths() != null) t.row("Doubling time", ONE.format(k.doublingTimeMonths()) + " months");
        if (k.halvingTimeMonths() != null) t.row("Halving time", ONE.format(k.halvingTimeMonths()) + " months");
        if (k.velocityPerYear() != null) t.row("Velocity", SIGNED.format(k.velocityPerYear()) + " " + unit + " per year");
        if (k.baseline() != null) t.row("Baseline", value(k.baseline(), unit));
        if (k.nadir() != null) {
            String days = k.timeToNadirDays() == null ? "" : ", " + k.timeToNadirDays() + " days after treatment start";
            t.row("Lowest (nadir)", value(k.nadir(), unit) + days);
        }
        if (k.changeFromBaselinePercent() != null) {
            t.row("Latest against baseline", SIGNED.format(k.changeFromBaselinePercent()).replace(".0", "") + " %");
        }
        t.row("Response (fall ≥ 50 %)", response(k.response()));
        String rise = progression(k.progression());
        if (k.progressionDate() != null) rise += " (first met on " + DAY.format(k.progressionDate()) + ")";
        t.row("Rise (PCWG3 definition)", rise);
        t.row("Values used", k.pointsUsed() + " used, " + k.pointsCensored() + " below detection limit, "
                + k.pointsExcluded() + " left out by the patient");
        t.draw(pages);
        if (!k.notes().isEmpty()) {
            sections.subheading("How reliable these figures are");
            for (String note : k.notes()) pages.text("•  " + note, pages.fonts.regular, pages.type.body(), PdfPages.TEXT, 0);
        }
    }

    void otherLabs(List<LabBlock> blocks) {
        sections.heading(Section.OTHER_LABS.title(), sections.lines(4));
        PdfTable t = new PdfTable(new String[] {"Test", "Date", "Value", "Note"}, new float[] {3.4f, 1.7f, 2, 2.4f});
        for (LabBlock b : blocks) {
            String unit = b.test().canonicalUnit().symbol();
            boolean first = true;
            for (LabResult r : b.results()) {
                // The name on the test's first row only: the eye finds where each test begins.
                t.row(first ? b.test().displayName() : "", DAY.format(r.date()), r.value().display() + " " + unit, note(r));
                first = false;
            }
        }
        t.draw(pages);
    }

    /**
     * A chart's height: the usual one, or taller when its medicine lanes need it (every lane keeps its name,
     * in large print too); never the whole page.
     */
    float chartHeight(TreatmentTimeline timeline, float fontSize) {
        float usual = pages.type.chartHeight();
        float lanes = (float) TimelineLanes.minimumHeight(timeline, fontSize);
        // At most about half the page, so a heading, the chart and the first rows share a page, in large print too.
        return Math.min(Math.max(usual, lanes), pages.contentHeight() * MAX_PAGE_SHARE);
    }

    /**
     * The log axis widened to whole powers of ten, so its labelled ticks (0.1, 1, 10...) always show: values
     * within one decade would otherwise leave a printed chart with no numbers to read them by.
     */
    static JFreeChart wholeDecades(JFreeChart chart) {
        if (TimelineLanes.mainPlot(chart).getRangeAxis() instanceof LogAxis log) {
            Range r = log.getRange();
            double low = Math.floor(Math.log10(Math.max(r.getLowerBound(), log.getSmallestValue())));
            double high = Math.max(Math.ceil(Math.log10(r.getUpperBound())), low + 1);
            // A little beyond the powers of ten: a tick exactly on the axis end can be lost to rounding.
            log.setRange(Math.pow(10, low - 0.03), Math.pow(10, high + 0.03));
        }
        return chart;
    }

    private static String note(LabResult r) {
        StringBuilder s = new StringBuilder();
        if (r.value().censored()) s.append("below detection limit");
        if (r.excluded()) s.append(s.length() > 0 ? "; " : "").append("left out of the trend by the patient");
        if (!r.note().isEmpty()) s.append(s.length() > 0 ? "; " : "").append(r.note());
        return s.toString();
    }

    private static String value(LabResult r, String unit) {
        return r.value().display() + " " + unit + " on " + DAY.format(r.date());
    }

    private static String response(Response r) {
        return switch (r) {
            case NONE -> "Not seen";
            case UNCONFIRMED -> "Seen, not yet confirmed by a value 4 weeks later";
            case CONFIRMED -> "Confirmed";
        };
    }

    private static String progression(Progression p) {
        return switch (p) {
            case NONE -> "Not met";
            case UNCONFIRMED -> "Met once, not yet confirmed by a value 3 weeks later";
            case CONFIRMED -> "Meets the clinical-trial definition of PSA progression, confirmed";
        };
    }
}
