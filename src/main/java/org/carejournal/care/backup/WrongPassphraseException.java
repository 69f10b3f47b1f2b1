package org.carejournal.care.backup;

/**
 * A protected backup could not be opened: the passphrase is not the one it was made with, or the file was
 * changed or cut short since. AES-GCM cannot tell the two apart, and neither can the message.
 */
public final class WrongPassphraseException extends Exception {

    /** The message a person sees. */
    public static final String MESSAGE = "The passphrase does not match this backup, or the file is damaged.";

    public WrongPassphraseException() {
        super(MESSAGE);
    }
}
