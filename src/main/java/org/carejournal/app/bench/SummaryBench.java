package org.carejournal.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.carejournal.app.JournalSession;
import org.carejournal.report.summary.Audience;
import org.carejournal.report.summary.Paper;
import org.carejournal.report.summary.SummaryRequest;
import org.carejournal.report.summary.SummaryService;

/**
 * The appointment-summary figure of the benchmark: the 12-month oncologist summary of the heavy journal,
 * read, laid out and written to a PDF file, as the Save button and the {@code report} command do.
 */
final class SummaryBench {
    private final Bench.Options options;
    private final Consumer<String> progress;
    private final Consumer<Figure> report;

    SummaryBench(Bench.Options options, Consumer<String> progress, Consumer<Figure> report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    void run(Path journal, LocalDate today, Path dir) {
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
        try (JournalSession s = JournalSession.open(journal)) {
            long person = s.people().all().get(0).id();
            SummaryService service = new SummaryService(s.summaryPorts(), clock);
            SummaryRequest request = SummaryRequest.of(person, today.minusMonths(12), today, Audience.ONCOLOGIST, false, Paper.A4);
            Path out = dir.resolve("summary-12m.pdf");
            progress.accept("timing " + Bench.SUMMARY_PDF);
            report.accept(new Figure(Bench.SUMMARY_PDF, Timing.countedMedian(options.warmups(), options.runs(),
                    Bench.SUMMARY_PDF, () -> {
                        try {
                            service.write(request, out, p -> {}, () -> false);
                            return (int) Files.size(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }), "ms"));
        }
    }
}
