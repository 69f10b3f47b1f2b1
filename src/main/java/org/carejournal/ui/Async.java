package org.carejournal.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs journal work off the FX thread and hands the answer back on it. Tests pass
 * {@link #direct()} so everything happens on the calling thread.
 */
public final class Async {
    private final Executor background;
    private final Executor ui;

    public Async(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Both sides on the calling thread: for tests and the command line. */
    public static Async direct() {
        return new Async(Runnable::run, Runnable::run);
    }

    /** Runs {@code uiWork} on the UI thread, for news from background work (a progress bar). */
    public void onUi(Runnable uiWork) {
        ui.execute(uiWork);
    }

    /** Runs {@code work} in the background, then {@code done} or {@code failed} on the UI thread. */
    public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        background.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }
}
