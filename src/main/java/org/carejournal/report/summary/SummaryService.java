package org.carejournal.report.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.carejournal.domain.PrivateFiles;
import org.carejournal.report.summary.pdf.SummaryPdf;

/**
 * Makes appointment summaries: the data read from the journal, laid out as a PDF, for a preview, the
 * print dialog, or a file. Runs on the caller's thread; the screen calls it off the FX thread.
 */
public final class SummaryService {
    /** Share of the progress bar for reading the journal; the layout takes the rest. */
    private static final double READ_SHARE = 0.3;

    private final SummaryBuilder builder;

    public SummaryService(SummaryPorts ports, Clock clock) {
        this.builder = new SummaryBuilder(ports, clock);
    }

    /** What the summary of {@code request} prints, without laying it out. */
    public SummaryData data(SummaryRequest request) {
        return builder.build(request);
    }

    /**
     * The summary as a PDF document, for a preview or for printing ({@code PDFPageable}). The caller closes it.
     *
     * @throws IllegalArgumentException when the journal has no such person
     */
    public PDDocument render(SummaryRequest request) {
        return SummaryPdf.render(builder.build(request), p -> {}, () -> false);
    }

    /**
     * Writes the summary to {@code out}: first to a temporary file beside it, then moved into place, so a
     * cancelled or failed run leaves no half-written file under the final name (and an older file there
     * stays as it was).
     *
     * @param progress  told 0..1 as the work goes on
     * @param cancelled asked between steps; when it answers true nothing is written
     * @throws CancellationException when cancelled
     * @throws IllegalArgumentException when the journal has no such person
     * @throws IOException when the file cannot be written
     */
    public void write(SummaryRequest request, Path out, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        progress.accept(0);
        SummaryData data = builder.build(request);
        if (cancelled.getAsBoolean()) throw new CancellationException("The summary was cancelled");
        progress.accept(READ_SHARE);
        // Written beside the target and moved into place: a cancelled or failed run leaves no half file.
        PrivateFiles.writeAtomically(out.toAbsolutePath(), stream -> {
            try (PDDocument doc = SummaryPdf.render(data, p -> progress.accept(READ_SHARE + p * (0.95 - READ_SHARE)),
                    cancelled)) {
                doc.save(stream);
            }
            if (cancelled.getAsBoolean()) throw new CancellationException("The summary was cancelled");
        });
        progress.accept(1);
    }
}
