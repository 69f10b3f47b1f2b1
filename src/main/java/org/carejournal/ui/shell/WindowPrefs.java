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
import org.carejournal.ui.Theme;

/**
 * Window size, position, text size and theme belong to this computer, not to the journal (a caregiver may
 * open the same journal on a laptop), so they live in a small properties file beside the default
 * journal. A plain file rather than java.util.prefs, whose XML store costs start-up time.
 */
public final class WindowPrefs {
    private static final String TEXT_PERCENT = "text.size.percent";
    private static final String LEGACY_TEXT_SIZE = "text.size";
    private static final String THEME = "theme";
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

    /**
     * The chosen text size. Saved as a percent; a name saved by an earlier version (text.size=LARGEST)
     * is still understood.
     */
    public TextSize textSize() {
        String percent = values.getProperty(TEXT_PERCENT);
        if (percent != null) {
            try {
                return TextSize.ofPercent(Integer.parseInt(percent.strip())).orElse(TextSize.NORMAL);
            } catch (NumberFormatException e) {
                return TextSize.NORMAL;
            }
        }
        return TextSize.ofLegacyName(values.getProperty(LEGACY_TEXT_SIZE)).orElse(TextSize.NORMAL);
    }

    public void setTextSize(TextSize size) {
        values.setProperty(TEXT_PERCENT, Integer.toString(size.percent()));
        values.remove(LEGACY_TEXT_SIZE);
        write();
    }

    /** The chosen colour theme; light unless set. */
    public Theme theme() {
        return Theme.ofName(values.getProperty(THEME)).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        values.setProperty(THEME, theme.name());
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
