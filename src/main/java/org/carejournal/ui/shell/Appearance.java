package org.carejournal.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.carejournal.ui.Styles;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;

/**
 * The text size and colour theme of every window of the app. A change applies at once to the main
 * window and to every dialog (each window's root gets the style classes and the app's stylesheets, so
 * a dialog opened later looks like the window it came from) and is saved for this computer.
 * Used on the FX thread only.
 */
public final class Appearance {
    private final ObjectProperty<TextSize> textSize;
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyDoubleWrapper chartFontSize = new ReadOnlyDoubleWrapper();
    private final Consumer<String> userAgentStylesheet;
    /** Held here and registered weakly, so an Appearance no longer used (a test's) stops styling new windows. */
    private final ListChangeListener<Window> windowsAdded = change -> {
        while (change.next()) change.getAddedSubList().forEach(this::watch);
    };
    private final WeakListChangeListener<Window> weakWindowsAdded = new WeakListChangeListener<>(windowsAdded);
    private boolean watching;
    /** Set by {@link #stop()}: the listeners left on windows and scenes then do nothing. */
    private boolean stopped;

    /** Starts from what {@code prefs} holds and saves each change there. */
    public Appearance(WindowPrefs prefs) {
        this(prefs, Application::setUserAgentStylesheet);
    }

    /** @param userAgentStylesheet sets the app-wide base stylesheet (AtlantaFX) */
    public Appearance(WindowPrefs prefs, Consumer<String> userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
        textSize = new SimpleObjectProperty<>(prefs.textSize());
        theme = new SimpleObjectProperty<>(prefs.theme());
        chartFontSize.set(chartPoints(textSize.get()));
        textSize.addListener((obs, was, size) -> {
            if (size == null) {
                textSize.set(was);   // there is always a size
                return;
            }
            prefs.setTextSize(size);
            chartFontSize.set(chartPoints(size));
            applyToAll();
        });
        theme.addListener((obs, was, t) -> {
            if (t == null) {
                theme.set(was);
                return;
            }
            prefs.setTheme(t);
            userAgentStylesheet.accept(t.userAgentStylesheet());
            applyToAll();
        });
    }

    /**
     * Sets the base stylesheet and styles every window shown from now on, and those already open.
     * Called once, on the FX thread, before the main window is shown.
     */
    public void start() {
        userAgentStylesheet.accept(theme.get().userAgentStylesheet());
        if (watching) return;
        watching = true;
        Window.getWindows().addListener(weakWindowsAdded);
        List.copyOf(Window.getWindows()).forEach(this::watch);
    }

    /**
     * Stops styling windows: for a test's Appearance, so it leaves the shared test window and the windows of
     * later tests alone. The app's runs as long as the app.
     */
    public void stop() {
        stopped = true;
        Window.getWindows().removeListener(weakWindowsAdded);
    }

    public ObjectProperty<TextSize> textSizeProperty() { return textSize; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** Chart label size in points; follows the text size (points ≈ 0.85 × pixels). */
    public ReadOnlyDoubleProperty chartFontSizeProperty() { return chartFontSize.getReadOnlyProperty(); }

    /** Puts the current size and theme on this root, and the stylesheets that give them meaning. */
    public void apply(Parent root) {
        for (TextSize s : TextSize.values()) root.getStyleClass().remove(s.styleClass());
        for (Theme t : Theme.values()) root.getStyleClass().remove(t.styleClass());
        root.getStyleClass().addAll(textSize.get().styleClass(), theme.get().styleClass());
    }

    private void watch(Window w) {
        // Popups (menus, tooltips, lists) take their looks from the window that owns them.
        if (!(w instanceof Stage)) return;
        w.sceneProperty().addListener((obs, was, scene) -> {
            if (!stopped) style(scene);
        });
        style(w.getScene());
    }

    private void style(Scene scene) {
        if (scene == null) return;
        for (String css : List.of(Styles.APP_CSS, Styles.HIGH_CONTRAST_CSS)) {
            String url = Appearance.class.getResource(css).toExternalForm();
            if (!scene.getStylesheets().contains(url)) scene.getStylesheets().add(url);
        }
        if (scene.getRoot() != null) apply(scene.getRoot());
        scene.rootProperty().addListener((obs, was, root) -> {
            if (root != null && !stopped) apply(root);
        });
    }

    private void applyToAll() {
        if (stopped) return;
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage && w.getScene() != null && w.getScene().getRoot() != null) apply(w.getScene().getRoot());
        }
    }

    private static double chartPoints(TextSize size) {
        return size.px() * 0.85;
    }
}
