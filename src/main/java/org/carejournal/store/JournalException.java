package org.carejournal.store;

/** A journal file could not be opened, read or changed. The message is written for the person using the app. */
public class JournalException extends RuntimeException {

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
