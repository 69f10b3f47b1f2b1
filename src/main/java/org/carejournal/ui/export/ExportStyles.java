package org.carejournal.ui.export;

/** Style classes of the export dialog, defined in {@code export.css} beside it. */
final class ExportStyles {
    private ExportStyles() {}

    static final String CSS = "/org/carejournal/ui/export/export.css";
    static final String DIALOG = "export-dialog";
    static final String MESSAGE = "export-message";
    static final String PROBLEM = "export-problem";
}
