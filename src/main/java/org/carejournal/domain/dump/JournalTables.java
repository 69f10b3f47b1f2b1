package org.carejournal.domain.dump;

import org.carejournal.domain.Progress;

/**
 * The journal's tables read and written whole, for the full JSON export and its import. The SQLite
 * store implements it; the export code sees only plain values.
 */
public interface JournalTables {

    /** The schema version of the open journal. */
    int schemaVersion();

    /** True when the journal holds nothing a person entered (only what a new journal starts with). */
    boolean isEmpty();

    /** Reads every table. */
    JournalDump dump(Progress progress);

    /**
     * Writes every row of {@code dump} into this journal in one transaction: all of it or nothing.
     *
     * @throws DumpRefused when the journal is not empty, or the dump is from a newer schema or does not fit
     */
    void load(JournalDump dump, Progress progress);
}
