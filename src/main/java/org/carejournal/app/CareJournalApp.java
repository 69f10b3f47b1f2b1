package org.carejournal.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.carejournal.store.JournalLocation;
import org.carejournal.ui.Async;
import org.carejournal.ui.shell.Appearance;
import org.carejournal.ui.shell.WindowPrefs;

/** The JavaFX application: shows the window at once, then opens the journal in the background. */
public final class CareJournalApp extends Application {

    /** What the command line asked for; JavaFX builds this class itself, so Main hands them over here. */
    record Options(Path db, boolean timing, boolean exitAfterFirstFrame) {}

    static volatile Options options = new Options(null, false, false);

    /** One thread for all journal file work: SQLite keeps one connection, used from one place. */
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "journal-io");
        t.setDaemon(true);
        return t;
    });
    private AppController controller;

    @Override
    public void start(Stage stage) {
        Options opts = options;
        Path home = opts.db() != null ? opts.db() : JournalLocation.defaultJournal();
        WindowPrefs prefs = new WindowPrefs(JournalLocation.defaultJournal().resolveSibling("window.properties"));
        // The theme's base stylesheet is set by Appearance.start() before the window is first shown.
        controller = new AppController(stage, home, JournalLocation.sampleJournal(), prefs, new Appearance(prefs),
                new Async(io, Platform::runLater), Clock.systemDefaultZone());
        // The window's own icon (task bar, window switcher); the installers give the menu entry the same one.
        stage.getIcons().add(new Image(CareJournalApp.class.getResource("care-journal.png").toExternalForm(), true));
        controller.show();
        afterFirstFrame(stage, () -> {
            if (opts.timing()) {
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup.firstFrame.ms " + (System.currentTimeMillis() - jvmStart));
            }
            // The journal is opened once the window is on screen, so loading SQLite does not delay it.
            if (opts.exitAfterFirstFrame()) Platform.exit();
            else controller.begin();
        });
    }

    /** Runs {@code action} once, just after the window has drawn its first frame. */
    private static void afterFirstFrame(Stage stage, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            // The pulse after the first layout is the one that draws the first frame.
            Platform.runLater(action);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    /** Closes the journal cleanly (checkpointing the WAL) before the JVM exits. */
    @Override
    public void stop() throws InterruptedException {
        if (controller != null) io.execute(controller::closeJournal);
        io.shutdown();
        io.awaitTermination(10, TimeUnit.SECONDS);
    }
}
