package org.carejournal.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Progress;
import org.carejournal.domain.dump.DumpRefused;
import org.carejournal.report.export.JournalImport;
import org.carejournal.store.JournalException;

/**
 * {@code care-journal import --json}: reads a full export into a new or empty journal. A journal file
 * this run made is removed again when the import is refused, so a failed import leaves nothing behind.
 */
final class JsonImportRun {
    private final PrintWriter out;
    private final Path journal;

    JsonImportRun(PrintWriter out, Path journal) {
        this.out = out;
        this.journal = journal;
    }

    int run(Path json) {
        if (!Files.isRegularFile(json)) {
            throw new CliFailure(Files.isDirectory(json) ? json + " is a folder, not an export file." : "There is no file " + json + ".");
        }
        boolean created = !Files.exists(journal);
        boolean done = false;
        try (JournalSession session = JournalSession.open(journal)) {
            int rows = new JournalImport(session.tables()).importJson(json, Progress.NONE);
            done = true;
            out.println("Imported " + rows + " rows from " + json.getFileName() + " into " + session.file() + ".");
            out.println("Open it with: care-journal --db " + session.file());
            return 0;
        } catch (DumpRefused e) {
            throw new CliFailure(e.getMessage());
        } catch (IOException e) {
            throw new CliFailure("The file " + json + " could not be read: " + e.getMessage() + ". Nothing was imported.");
        } finally {
            if (created && !done) removeNewJournal();
        }
    }

    private void removeNewJournal() {
        try {
            for (String suffix : new String[] {"-wal", "-shm", ""}) {
                Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new JournalException("The import was refused, and the new, empty journal " + journal
                    + " could not be removed: " + e.getMessage(), e);
        }
    }
}
