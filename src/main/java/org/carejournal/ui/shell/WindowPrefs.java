package org.carejournal.ui.shell;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.carejournal.ui.TextSize;

/**
 * Window size, position and text size belong to this computer, not to the journal (a caregiver may
 * open the same journal on a laptop), so they live in the user's preferences.
 */
public final class WindowPrefs {
    private final Preferences prefs;

    public WindowPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    public static WindowPrefs forUser() {
        return new WindowPrefs(Preferences.userRoot().node("org/carejournal"));
    }

    /** Puts the window where it was last time, if that place is still on a screen. */
    public void restore(Stage stage) {
        double w = prefs.getDouble("window.width", 1280);
        double h = prefs.getDouble("window.height", 860);
        stage.setWidth(w);
        stage.setHeight(h);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), Math.min(h, 100))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    public void save(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }

    public TextSize textSize() {
        try {
            return TextSize.valueOf(prefs.get("text.size", TextSize.NORMAL.name()));
        } catch (IllegalArgumentException e) {
            return TextSize.NORMAL;
        }
    }

    public void setTextSize(TextSize size) {
        prefs.put("text.size", size.name());
    }
}
