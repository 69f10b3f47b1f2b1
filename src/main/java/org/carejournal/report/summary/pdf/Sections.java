package org.carejournal.report.summary.pdf;

import static org.carejournal.report.summary.pdf.SummaryPdf.DAY;

import java.text.DecimalFormat;
import java.util.List;
import org.carejournal.charts.PainChartFactory;
import org.carejournal.report.summary.Section;
import org.carejournal.report.summary.SummaryData;
import org.carejournal.report.summary.SummaryData.BoneAndJaw;
import org.carejournal.report.summary.SummaryData.BoneDrug;
import org.carejournal.report.summary.SummaryData.Change;
import org.carejournal.report.summary.SummaryData.FlagEvent;
import org.carejournal.report.summary.SummaryData.MedicineLine;
import org.carejournal.report.summary.SummaryData.Note;
import org.carejournal.report.summary.SummaryData.Pain;
import org.carejournal.report.summary.SummaryData.SymptomWorst;
import org.carejournal.report.summary.SummaryData.Upcoming;

/** Writes each section of the summary: a heading kept with what follows, then its lines, tables and charts. */
final class Sections {
    private static final DecimalFormat ONE = new DecimalFormat("0.0");

    private final PdfPages pages;
    private final LabSections labs;

    Sections(PdfPages pages) {
        this.pages = pages;
        this.labs = new LabSections(pages, this);
    }

    void write(Section section, SummaryData data) {
        switch (section) {
            case PSA -> labs.psa(data.psa());
            case PSA_KINETICS -> labs.kinetics(data.psa());
            case OTHER_LABS -> labs.otherLabs(data.otherLabs());
            case PAIN_AND_SYMPTOMS -> pain(data.pain(), data.worstSymptoms());
            case RED_FLAGS -> flags(section.title(), data.redFlags());
            case MEDICATIONS -> medicines(data.medicines(), data.changes());
            case BONE_AND_JAW -> boneAndJaw(data.boneAndJaw());
            case UPCOMING -> upcoming(data.upcoming());
            case QUESTIONS -> questions(data.questions());
            case NOTES -> notes(data.notes());
        }
    }

    /** A section heading, moved to the next page unless {@code keepWith} points of what follows fit under it. */
    void heading(String title, float keepWith) {
        float size = pages.type.heading();
        pages.need(size * 2.2f + keepWith);
        pages.gap(size * 0.5f);
        pages.text(title, pages.fonts.bold, size, PdfPages.TEXT, 0);
        pages.gap(size * 0.2f);
    }

    /** A smaller heading inside a section. */
    void subheading(String title) {
        float size = pages.type.body();
        pages.need(size * 5);
        pages.gap(size * 0.3f);
        pages.text(title, pages.fonts.bold, size, PdfPages.TEXT, 0);
    }

    void body(String text) {
        pages.text(text, pages.fonts.regular, pages.type.body(), PdfPages.TEXT, 0);
    }

    void muted(String text) {
        pages.text(text, pages.fonts.regular, pages.type.small(), PdfPages.MUTED, 0);
    }

    /** Lines of the body text height times {@code n}, for keeping a heading with them. */
    float lines(int n) {
        return pages.type.body() * TypeScale.LEADING * n;
    }

    private void pain(Pain pain, List<SymptomWorst> worst) {
        heading(Section.PAIN_AND_SYMPTOMS.title(), pain != null ? pages.type.chartHeight() * 0.6f : lines(4));
        if (pain != null) {
            StringBuilder s = new StringBuilder("Pain entered on " + pain.daysWithPain() + " days");
            if (pain.meanWorst() != null) s.append("; average daily worst pain ").append(ONE.format(pain.meanWorst())).append(" of 10");
            if (pain.highest() != null) s.append(", highest ").append(pain.highest());
            if (pain.breakthrough() > 0) s.append("; ").append(pain.breakthrough()).append(" breakthrough-pain entries");
            body(s.append('.').toString());
            float font = pages.type.chart();
            pages.chart(PainChartFactory.create(pain.chart(), font), labs.chartHeight(pain.chart().timeline(), font));
        }
        if (!worst.isEmpty()) {
            subheading("Symptoms rated worst (0 = none, 10 = worst)");
            PdfTable t = new PdfTable(new String[] {"Symptom", "Worst", "Average", "Days rated"}, new float[] {5, 1.3f, 1.5f, 1.7f});
            for (SymptomWorst w : worst) {
                t.row(w.name(), String.valueOf(w.worst()), ONE.format(w.mean()), String.valueOf(w.daysRated()));
            }
            t.draw(pages);
        }
    }

    private void flags(String title, List<FlagEvent> flags) {
        heading(title, lines(3));
        PdfTable t = new PdfTable(new String[] {"Date", "Warning sign", "What was logged"}, new float[] {2.1f, 3, 4.4f});
        for (FlagEvent f : flags) t.row(DAY.format(f.date()), f.title(), f.reason());
        t.draw(pages);
    }

    private void medicines(List<MedicineLine> meds, List<Change> changes) {
        heading(Section.MEDICATIONS.title(), lines(4));
        if (!meds.isEmpty()) {
            PdfTable t = new PdfTable(new String[] {"Medicine", "Dose", "Schedule", "Doses taken"},
                    new float[] {3.2f, 1.6f, 3.6f, 2.2f});
            for (MedicineLine m : meds) t.row(m.name() + "\n" + m.family(), m.dose(), m.schedule(), m.adherence());
            t.draw(pages);
        }
        if (!changes.isEmpty()) {
            subheading("Changes in this period");
            PdfTable t = new PdfTable(new String[] {"Date", "Change"}, new float[] {2.1f, 8});
            for (Change c : changes) t.row(DAY.format(c.date()), c.text());
            t.draw(pages);
        }
    }

    private void boneAndJaw(BoneAndJaw b) {
        heading(Section.BONE_AND_JAW.title(), lines(4));
        if (!b.drugs().isEmpty()) {
            PdfTable t = new PdfTable(new String[] {"Bone drug", "Started", "Last dose", "Schedule"},
                    new float[] {3, 1.7f, 1.7f, 3.6f});
            for (BoneDrug d : b.drugs()) {
                t.row(d.name(), DAY.format(d.started()), d.lastDose() == null ? "none logged" : DAY.format(d.lastDose()),
                        d.schedule());
            }
            t.draw(pages);
        } else {
            body("No bone-targeted drug (bisphosphonate or denosumab) in the plan.");
        }
        SymptomWorst jaw = b.jawRatings();
        body(jaw == null ? "Jaw or mouth pain: not rated above 0 in this period."
                : jaw.name() + ": worst " + jaw.worst() + " of 10, on " + jaw.daysRated() + " days rated, average "
                        + ONE.format(jaw.mean()) + ".");
        if (!b.jawFlags().isEmpty()) flags("Jaw warning signs", b.jawFlags());
    }

    private void upcoming(List<Upcoming> items) {
        heading(Section.UPCOMING.title(), lines(3));
        PdfTable t = new PdfTable(new String[] {"Date", "What", ""}, new float[] {2.1f, 6.4f, 1.2f});
        for (Upcoming u : items) t.row(DAY.format(u.date()), u.what(), u.detail());
        t.draw(pages);
    }

    private void questions(List<String> questions) {
        heading(Section.QUESTIONS.title(), lines(2));
        float size = pages.type.body();
        for (int i = 0; i < questions.size(); i++) {
            pages.text((i + 1) + ".  " + questions.get(i), pages.fonts.regular, size, PdfPages.TEXT, 0);
            pages.gap(size * 0.25f);
        }
    }

    private void notes(List<Note> notes) {
        heading(Section.NOTES.title() + " (newest first)", lines(3));
        PdfTable t = new PdfTable(new String[] {"Date", "Note"}, new float[] {2.1f, 8});
        for (Note n : notes) t.row(DAY.format(n.date()), n.text());
        t.draw(pages);
    }
}
