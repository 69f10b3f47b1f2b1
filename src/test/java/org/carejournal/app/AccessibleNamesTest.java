package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.carejournal.ui.shell.Appearance;
import org.carejournal.ui.shell.MainShell;
import org.carejournal.ui.shell.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader finds on every screen of the sample journal: each control a person can use has
 * a name to announce (its text, an accessible text, a prompt, or a label pointing at it).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    @TempDir
    static Path dir;

    SampleWindow window;
    MainShell shell;
    List<String> sections;

    @Start
    void start(Stage stage) {
        window = SampleWindow.show(stage, dir,
                new Appearance(new WindowPrefs(dir.resolve("window.properties")), css -> { }), 1400, 950);
        shell = window.shell();
        sections = window.sections();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void everyControlOnEveryScreenHasANameToAnnounce(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        for (String id : sections) {
            robot.interact(() -> shell.select(id));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> all = new ArrayList<>();
            collect(shell, all);
            for (Node n : all) {
                if (n instanceof Control c && needsName(c) && name(c, all).isBlank()) {
                    unnamed.add(id + ": " + c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId())
                            + " " + c.getStyleClass());
                }
            }
        }
        assertThat(unnamed).as("controls without a name a screen reader can say").isEmpty();
    }

    @Test
    void everyChartSaysWhatItShowsAndWhereItsNumbersAre(FxRobot robot) {
        List<String> silent = new ArrayList<>();
        for (String id : sections) {
            robot.interact(() -> shell.select(id));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> all = new ArrayList<>();
            collect(shell, all);
            for (Node n : all) {
                if (n instanceof ChartViewer v && v.isVisible() && v.getChart() != null
                        && (blank(v.getAccessibleText()) || blank(v.getAccessibleHelp()))) {
                    silent.add(id + ": " + v.getParent().getId());
                }
            }
        }
        assertThat(silent).as("charts without a name or help text").isEmpty();
    }

    @Test
    void thePainChartCanBeReadAsATable(FxRobot robot) {
        robot.interact(() -> shell.select("symptoms"));
        robot.clickOn("#painAsTable");
        TableView<?> table = robot.lookup("#painTable").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Day", "Worst pain");
        robot.clickOn("#painAsTable");
        assertThat(robot.lookup("#painTable").tryQuery()).isEmpty();
    }

    @Test
    void theKeyboardAloneReachesEverySectionAndTheSearch(FxRobot robot) {
        for (int i = 0; i < sections.size(); i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(i + 1))).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#nav-" + sections.get(i)).queryAs(ToggleButton.class).isSelected())
                    .as("Ctrl+" + (i + 1) + " opens " + sections.get(i)).isTrue();
        }
        robot.interact(() -> shell.select(sections.get(0)));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#librarySearch").query().isFocused()).as("Ctrl+F: the library search").isTrue();
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static boolean needsName(Control c) {
        if (!c.isVisible() || c.isDisabled() && !(c instanceof ButtonBase)) return false;
        if (c instanceof ScrollBar || c instanceof ScrollPane || c instanceof Label) return false;
        // Parts of a composite control (a date picker's editor, a combo box's button) are named by their owner.
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof ListView<?> || p instanceof TableView<?>) return false;
        }
        return c instanceof ButtonBase || c instanceof TextInputControl || c instanceof ComboBoxBase<?>
                || c instanceof ListView<?> || c instanceof TableView<?>;
    }

    private static String name(Control c, List<Node> all) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) return c.getAccessibleText();
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) return l.getText();
        if (c instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            return t.getPromptText();
        }
        if (c instanceof ComboBoxBase<?> b && b.getPromptText() != null && !b.getPromptText().isBlank()) {
            return b.getPromptText();
        }
        for (Node n : all) {
            if (n instanceof Label l && l.getLabelFor() == c && l.getText() != null) return l.getText();
        }
        return "";
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, into);
    }
}
