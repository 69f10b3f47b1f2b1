package org.carejournal.report.export;

/** The kinds of data exported as CSV, one file each. */
public enum CsvKind {
    LABS("labs.csv", "lab results"),
    CHECK_INS("check-ins.csv", "check-ins"),
    PAIN("pain.csv", "pain entries"),
    DOSES("doses.csv", "doses"),
    MEDICATIONS("medications.csv", "medicines and schedules"),
    REMINDERS("reminders.csv", "reminders");

    private final String fileName;
    private final String label;

    CsvKind(String fileName, String label) {
        this.fileName = fileName;
        this.label = label;
    }

    /** The file's name in the chosen folder. */
    public String fileName() { return fileName; }

    /** What the file holds, in plain words. */
    public String label() { return label; }
}
