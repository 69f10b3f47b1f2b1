package org.carejournal.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carejournal.domain.Progress;
import org.carejournal.domain.dump.DumpRefused;
import org.carejournal.domain.dump.JournalDump;
import org.carejournal.domain.dump.JournalTables;

/**
 * Imports a full JSON export into an empty journal, reproducing it exactly (ids included). The file is
 * read and checked whole before anything is written, and it is written in one transaction.
 */
public final class JournalImport {
    private final JournalTables tables;

    public JournalImport(JournalTables tables) {
        this.tables = tables;
    }

    /**
     * @return the number of rows imported
     * @throws DumpRefused when the journal is not empty or the file is not an export this app can read
     */
    public int importJson(Path file, Progress progress) throws IOException {
        if (!tables.isEmpty()) {
            throw new DumpRefused("This journal already has entries; an export is imported only into a new, "
                    + "empty journal, so nothing is mixed or overwritten. Choose a new journal file. Nothing was imported.");
        }
        JournalDump dump;
        try (InputStream in = Files.newInputStream(file)) {
            dump = new JournalJson().read(in);
        }
        progress.stopIfCancelled();
        tables.load(dump, progress);
        return dump.rowCount();
    }
}
