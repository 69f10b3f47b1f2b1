package org.carejournal.report.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.carejournal.domain.PrivateFiles;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.domain.dump.JournalDump;

/** Writes any of the exports of one person's journal; the screen and the command line both call this. */
public final class JournalExport {
    private final ExportSources sources;
    private final Clock clock;

    /** @param clock today's date (schedule words, medicine status) and the export's time stamp */
    public JournalExport(ExportSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Writes {@code format} to {@code target}: a folder for CSV (created when missing), a file otherwise.
     * Each file is replaced only once it is complete.
     *
     * @return the files written
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled; files not yet
     *                                                    finished are not written
     */
    public List<Path> write(ExportFormat format, Person person, Path target, Progress progress) throws IOException {
        LocalDate today = LocalDate.now(clock);
        return switch (format) {
            case CSV -> {
                Files.createDirectories(target);
                yield new CsvExport(sources).write(person.id(), today, target, progress);
            }
            case JSON -> {
                JournalDump dump = sources.tables().dump(progress);
                PrivateFiles.writeAtomically(target, out -> new JournalJson().write(dump, clock.instant(), out, progress));
                yield List.of(target);
            }
            case FHIR -> {
                FhirExport fhir = new FhirExport(sources, clock.getZone());
                PrivateFiles.writeAtomically(target, out -> fhir.write(person, today, clock.instant(), out, progress));
                yield List.of(target);
            }
        };
    }
}
