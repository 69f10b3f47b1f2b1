package org.carejournal.app.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The yardstick for the app's startup: an empty 800x600 JavaFX window, timed exactly as the app
 * times its first frame (JVM start to the pulse after the first layout). Prints
 * {@code startup.emptyWindow.ms N} and exits.
 *
 * <p>A plain class whose {@code main} launches the nested {@link Window}: when the main class itself
 * extends {@link Application}, the {@code java} launcher insists on JavaFX modules on the module
 * path and refuses to start from a plain class path ("JavaFX runtime components are missing").
 */
public final class EmptyWindowProbe {
    private EmptyWindowProbe() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The empty window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            Scene scene = new Scene(new Pane(), 800, 600);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                // The pulse after the first layout is the one that draws the first frame.
                Platform.runLater(() -> {
                    System.out.println("startup.emptyWindow.ms " + (System.currentTimeMillis() - jvmStart));
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Empty window");
            stage.setScene(scene);
            stage.show();
        }
    }
}
