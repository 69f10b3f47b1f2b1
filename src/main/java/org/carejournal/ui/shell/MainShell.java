package org.carejournal.ui.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The journal window's frame: the person's name and the sections that work on the left, the open
 * section in the middle, a side panel on the right that follows the open section, and a clear banner
 * while the sample journal is open.
 */
public final class MainShell extends BorderPane {
    private final Map<String, Node> built = new HashMap<>();
    private final Map<String, Section> byId = new HashMap<>();
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private final Consumer<Node> onShown;
    private final VBox nav;
    private final PersonSwitcher personSwitcher;

    /**
     * @param person        whose journal is shown, at the top of the navigation; it switches to the others
     * @param startId       the section shown first
     * @param onLeaveSample shown in the sample banner; null for a real journal
     * @param side          shown on the right of every section
     * @param onShown       told each time a section's screen is shown, so the side panel can follow it
     */
    public MainShell(PersonSwitcher person, List<Section> sections, String startId, Runnable onLeaveSample, Node side,
                     Consumer<Node> onShown) {
        this.onShown = onShown;
        setId("mainShell");
        getStylesheets().add(MainShell.class.getResource(ShellStyles.CSS).toExternalForm());
        this.personSwitcher = person;
        nav = new VBox(4, person);
        nav.getStyleClass().add(Styles.NAV);
        nav.setPadding(new Insets(16, 10, 16, 10));
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            byId.put(s.id(), s);
            FontIcon icon = new FontIcon(s.icon());
            ToggleButton b = new ToggleButton(s.title(), icon);
            if (i < 9) {
                // Ctrl+1 … Ctrl+9 (Cmd on a Mac) open the sections in the order listed.
                KeyCombination key = new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                        KeyCombination.SHORTCUT_DOWN);
                shortcuts.put(key, () -> select(s.id()));
                b.setTooltip(new Tooltip(s.title() + " (" + key.getDisplayText() + ")"));
            }
            b.setId("nav-" + s.id());
            b.getStyleClass().add(Styles.NAV_BUTTON);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                b.setSelected(true);   // clicking the open section keeps it open
                show(s);
            });
            nav.getChildren().add(b);
        }
        setLeft(nav);
        setRight(side);
        sceneProperty().addListener((o, was, scene) -> {
            if (was != null) shortcuts.keySet().forEach(k -> was.getAccelerators().remove(k));
            if (scene != null) scene.getAccelerators().putAll(shortcuts);
        });
        if (onLeaveSample != null) setTop(sampleBanner(onLeaveSample));
        select(byId.containsKey(startId) ? startId : sections.get(0).id());
    }

    /**
     * Adds a keyboard shortcut that works on every section while this frame is shown (Ctrl+F to search the
     * library, Ctrl+P to print the summary).
     */
    public void addShortcut(KeyCombination key, Runnable action) {
        shortcuts.put(key, action);
        if (getScene() != null) getScene().getAccelerators().put(key, action);
    }

    /** Shows a changed name at the top of the navigation. */
    public void setPersonName(String name) {
        personSwitcher.setName(name);
    }

    /** The name at the top of the navigation, which lists the journal's people. */
    public PersonSwitcher personSwitcher() {
        return personSwitcher;
    }

    /** Opens the section of this id, as its navigation button does. */
    public void select(String sectionId) {
        Section s = byId.get(sectionId);
        if (s == null) throw new IllegalArgumentException("No section " + sectionId);
        ((ToggleButton) nav.lookup("#nav-" + sectionId)).setSelected(true);
        show(s);
    }

    private void show(Section s) {
        Node screen = built.computeIfAbsent(s.id(), id -> s.screen().get());
        setCenter(screen);
        onShown.accept(screen);
    }

    private static HBox sampleBanner(Runnable onLeave) {
        Label text = new Label("Sample journal: made-up data for exploring. Nothing here is about a real person.");
        text.setWrapText(true);
        Button leave = new Button("Leave the sample");
        leave.setId("leaveSample");
        leave.setMinWidth(Region.USE_PREF_SIZE);   // the banner's sentence wraps instead of the button losing its words
        leave.setOnAction(e -> onLeave.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(12, text, gap, leave);
        banner.setId("sampleBanner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add(Styles.SAMPLE_BANNER);
        return banner;
    }
}
