package org.carejournal.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.carejournal.ui.TextSize;

/**
 * Window size, position and text size belong to this computer, not to the journal (a caregiver may
 * open the same journal on a laptop), so they live in a small properties file beside the default
 * journal. A plain file rather than java.util.prefs, whose XML store costs start-up time.
 */
public final class WindowPrefs {
    private final Path file;
    private final Properties values = new Properties();

    /** Reads {@code file} if it exists; a missing or unreadable file means the defaults. */
    public WindowPrefs(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();   // only looks are lost; the window opens with its defaults
            }
        }
    }

    /** Puts the window where it was last time, if that place is still on a screen. */
    public void restore(Stage stage) {
        double w = number("window.width", 1280);
        double h = number("window.height", 860);
        stage.setWidth(w);
        stage.setHeight(h);
        double x = number("window.x", Double.NaN);
        double y = number("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), Math.min(h, 100))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("window.maximized", "false")));
    }

    /** Remembers where the window is; written at once, as the app may be closed any moment after. */
    public void save(Stage stage) {
        values.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            values.setProperty("window.x", Double.toString(stage.getX()));
            values.setProperty("window.y", Double.toString(stage.getY()));
            values.setProperty("window.width", Double.toString(stage.getWidth()));
            values.setProperty("window.height", Double.toString(stage.getHeight()));
        }
        write();
    }

    public TextSize textSize() {
        try {
            return TextSize.valueOf(values.getProperty("text.size", TextSize.NORMAL.name()));
        } catch (IllegalArgumentException e) {
            return TextSize.NORMAL;
        }
    }

    public void setTextSize(TextSize size) {
        values.setProperty("text.size", size.name());
        write();
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                values.store(w, "Care Journal window settings for this computer");
            }
        } catch (IOException e) {
            // Not worth interrupting the person: next time the window opens with its defaults.
        }
    }
}
