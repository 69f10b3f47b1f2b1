package org.carejournal.report;

/** What an import will do with one row of a file. */
public enum RowStatus {
    /** The row will be added. */
    OK,
    /** The same reading is already in the journal or earlier in the file; it will be skipped. */
    DUPLICATE,
    /** The row cannot be read; nothing is imported until it is fixed. */
    ERROR
}
