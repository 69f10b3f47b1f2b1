package org.carejournal.app.cli;

/**
 * A command cannot go on because of something the person can fix (a missing file, a wrong option).
 * The message is printed as it is, without a stack trace, and the command exits with {@code exitCode}.
 */
final class CliFailure extends RuntimeException {
    /** The person asked for something that cannot be done: missing file, wrong data. */
    static final int FAILED = 1;
    /** The command line itself was incomplete or wrong, as picocli reports for bad options. */
    static final int USAGE = 2;

    private final int exitCode;

    CliFailure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    CliFailure(String message) {
        this(message, FAILED);
    }

    int exitCode() {
        return exitCode;
    }
}
