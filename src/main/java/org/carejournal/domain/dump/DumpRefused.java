package org.carejournal.domain.dump;

/** An import was refused before anything was written; the message says why and what to do. */
public final class DumpRefused extends RuntimeException {

    public DumpRefused(String message) {
        super(message);
    }

    public DumpRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
