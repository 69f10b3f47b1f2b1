package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.carejournal.ui.TextSize;
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
 * Every screen of the sample journal at 200 % text in a 1366 × 768 window: no control's words are cut
 * short with an ellipsis (the screens wrap or scroll instead).
 */
@ExtendWith(ApplicationExtension.class)
class LargestTextTest {
    @TempDir
    static Path dir;

    SampleWindow window;
    MainShell shell;
    List<String> sections;

    @Start
    void start(Stage stage) {
        Appearance appearance = new Appearance(new WindowPrefs(dir.resolve("window.properties")), css -> { });
        appearance.textSizeProperty().set(TextSize.LARGEST);
        window = SampleWindow.show(stage, dir, appearance, 1366, 768);
        shell = window.shell();
        sections = window.sections();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void noTextIsCutShortAt200Percent(FxRobot robot) {
        assertThat(shell.getStyleClass()).contains(TextSize.LARGEST.styleClass());
        List<String> cut = new ArrayList<>();
        for (String id : sections) {
            robot.interact(() -> shell.select(id));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> all = new ArrayList<>();
            collect(shell, all);
            for (Node n : all) {
                if (n instanceof Labeled l && shownToThePerson(l) && l.getText() != null && !l.getText().isEmpty()) {
                    String shown = shownText(l);
                    if (shown != null && !shown.equals(l.getText()) && shown.endsWith(l.getEllipsisString())) {
                        cut.add(id + ": \"" + l.getText() + "\" shown as \"" + shown + "\"");
                    }
                }
            }
        }
        assertThat(cut).as("texts cut short at 200 %").isEmpty();
    }

    /** On screen now: it and every parent visible, not inside a folded section, and given some room. */
    private static boolean shownToThePerson(Node n) {
        if (n.getLayoutBounds().getWidth() <= 0) return false;
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
            if (p.getParent() instanceof TitledPane t && !t.isExpanded() && p == t.getContent()) return false;
        }
        return true;
    }

    /** The text the control's skin draws: its label text node, whose words the skin shortens when it must. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) return t.getText();
        }
        return null;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, into);
    }
}
