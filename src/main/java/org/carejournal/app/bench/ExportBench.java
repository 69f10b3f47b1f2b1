package org.carejournal.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.report.export.ExportFormat;
import org.carejournal.report.export.JournalExport;

/** The export figure of the benchmark: the full JSON export of the heavy journal, written to a file. */
final class ExportBench {
    private final Bench.Options options;
    private final Consumer<String> progress;
    private final Consumer<Figure> report;

    ExportBench(Bench.Options options, Consumer<String> progress, Consumer<Figure> report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    void run(Path journal, Path dir) {
        Path out = dir.resolve("export.json");
        try (JournalSession s = JournalSession.open(journal)) {
            Person person = s.people().all().get(0);
            JournalExport export = new JournalExport(s.exportSources(), Clock.systemDefaultZone());
            progress.accept("timing " + Bench.EXPORT_JSON);
            report.accept(new Figure(Bench.EXPORT_JSON, Timing.median(options.warmups(), options.runs(), () -> {
                long start = System.nanoTime();
                List<Path> files = export.write(ExportFormat.JSON, person, out, Progress.NONE);
                double ms = Timing.msSince(start);
                if (files.isEmpty() || Files.size(out) == 0) throw new IllegalStateException("the JSON export wrote nothing");
                return ms;
            }), "ms"));
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
