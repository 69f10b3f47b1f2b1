package org.carejournal.report.export;

/** What an export writes. */
public enum ExportFormat {
    /** One spreadsheet file per kind of data, into a folder. */
    CSV("CSV files for a spreadsheet", true),
    /** The whole journal as one JSON document, which can be imported into a new journal. */
    JSON("Full export (JSON), to keep or move to another computer", false),
    /** A FHIR R4 bundle of lab results, pain scores and medicines, for health record systems. */
    FHIR("FHIR R4 bundle for a health record system", false);

    private final String label;
    private final boolean folder;

    ExportFormat(String label, boolean folder) {
        this.label = label;
        this.folder = folder;
    }

    /** The choice as a person reads it. */
    public String label() { return label; }

    /** True when the target is a folder that receives several files, false for one file. */
    public boolean writesFolder() { return folder; }

    /** A file name to offer for a one-file export. */
    public String suggestedFileName() {
        return this == FHIR ? "care-journal-fhir.json" : "care-journal-export.json";
    }
}
