package org.carejournal.domain;

/**
 * How long work (an export, an import) tells the screen how far it is, and learns that the person
 * pressed Cancel. The work asks {@link #cancelled()} between steps and stops with a
 * {@link java.util.concurrent.CancellationException}, leaving nothing half done.
 */
public interface Progress {

    /** For work nobody watches: the command line, the benchmark. */
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total, String what) {
            // Nobody to tell.
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are finished; {@code what} names the step under way. */
    void update(int done, int total, String what);

    /** True once the person asked to stop. */
    boolean cancelled();

    /** Throws a {@link java.util.concurrent.CancellationException} when the person asked to stop. */
    default void stopIfCancelled() {
        if (cancelled()) throw new java.util.concurrent.CancellationException("Cancelled; nothing was written.");
    }
}
