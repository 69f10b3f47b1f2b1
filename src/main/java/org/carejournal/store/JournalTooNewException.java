package org.carejournal.store;

/** The file was written by a later Care Journal whose schema this version does not know. The file is left untouched. */
public final class JournalTooNewException extends JournalException {

    private final int fileVersion;
    private final int supportedVersion;

    public JournalTooNewException(int fileVersion, int supportedVersion) {
        super("This journal was saved by a newer version of Care Journal (schema " + fileVersion
                + "); this version reads up to " + supportedVersion
                + ". Update the app to open it. The file was not changed.");
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    /** The schema version found in the file. */
    public int fileVersion() { return fileVersion; }

    /** The newest schema version this build can read. */
    public int supportedVersion() { return supportedVersion; }
}
