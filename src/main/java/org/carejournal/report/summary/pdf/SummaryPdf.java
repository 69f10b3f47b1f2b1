package org.carejournal.report.summary.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.carejournal.report.summary.Section;
import org.carejournal.report.summary.SummaryData;
import org.carejournal.report.summary.SummaryData.Header;

/**
 * Lays a {@link SummaryData} out as a PDF: a header a doctor reads first, then each section with data,
 * its heading kept with its first lines, charts as vector graphics, and page numbers on every page.
 */
public final class SummaryPdf {
    /** Dates as a doctor anywhere reads them without doubt: "3 Mar 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private SummaryPdf() {}

    /**
     * The summary as a new document (the caller closes it).
     *
     * @param progress  told 0..1 as sections are laid out
     * @param cancelled asked between sections; when it answers true the document is closed and
     *                  {@link CancellationException} thrown
     */
    public static PDDocument render(SummaryData data, DoubleConsumer progress, BooleanSupplier cancelled) {
        PDDocument doc = new PDDocument();
        try {
            PdfPages pages = new PdfPages(doc, data.request().paper(), TypeScale.of(data.request().largePrint()));
            Sections sections = new Sections(pages);
            List<Section> shown = data.shownSections();
            pages.newPage();
            header(pages, data.header());
            if (shown.isEmpty()) {
                pages.text("The journal has nothing for the chosen sections in this period.", pages.fonts.regular,
                        pages.type.body(), PdfPages.TEXT, 0);
            }
            for (int i = 0; i < shown.size(); i++) {
                if (cancelled.getAsBoolean()) throw new CancellationException("The summary was cancelled");
                sections.write(shown.get(i), data);
                progress.accept((i + 1.0) / (shown.size() + 1));
            }
            if (cancelled.getAsBoolean()) throw new CancellationException("The summary was cancelled");
            Header h = data.header();
            pages.finish(h.name() + " · " + span(h) + " · Care Journal appointment summary");
            info(doc, h);
            progress.accept(1);
            return doc;
        } catch (RuntimeException e) {
            close(doc);
            throw e;
        }
    }

    private static void header(PdfPages pages, Header h) {
        TypeScale t = pages.type;
        pages.text("Appointment summary", pages.fonts.bold, t.title(), PdfPages.TEXT, 0);
        String born = h.birthYear() == null ? "" : " · born " + h.birthYear();
        pages.text(h.name() + born, pages.fonts.bold, t.heading(), PdfPages.TEXT, 0);
        long months = Math.round(ChronoUnit.DAYS.between(h.from(), h.to()) / 30.44);
        String length = months >= 1 ? " (" + months + (months == 1 ? " month)" : " months)") : "";
        pages.text("Period: " + span(h) + length + "   ·   For: " + h.audience().label().toLowerCase(Locale.ENGLISH)
                + "   ·   Made on " + DAY.format(h.made()), pages.fonts.regular, t.body(), PdfPages.TEXT, 0);
        pages.text(SummaryData.SOURCE_LINE + ". Values are as the patient entered them; "
                + "please check anything surprising against the lab's own report.", pages.fonts.regular, t.small(),
                PdfPages.MUTED, 0);
        pages.gap(t.body() * 0.4f);
        pages.rule(pages.left(), pages.y(), pages.width(), PdfPages.TEXT, 1.2f);
        pages.gap(t.body() * 0.4f);
    }

    static String span(Header h) {
        return DAY.format(h.from()) + " – " + DAY.format(h.to());
    }

    private static void info(PDDocument doc, Header h) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Appointment summary: " + h.name() + ", " + span(h));
        info.setCreator("Care Journal");
        info.setSubject(SummaryData.SOURCE_LINE);
    }

    private static void close(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
