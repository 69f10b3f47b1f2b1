package org.carejournal.ui.backup;

/** Style classes of the backup and restore windows (defined in backup.css beside them), spelled once. */
public final class BackupStyles {
    private BackupStyles() {}

    public static final String CSS = "/org/carejournal/ui/backup/backup.css";

    public static final String DIALOG = "backup-dialog";
    public static final String FORM = "backup-form";
    public static final String PROGRESS = "backup-progress";
    public static final String PROGRESS_BAR = "backup-progress-bar";
}
