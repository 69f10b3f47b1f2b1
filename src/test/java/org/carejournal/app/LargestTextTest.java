package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
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
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    static Path dir;

    JournalSession session;
    MainShell shell;
    final List<String> sections = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = dir.resolve("sample.db");
        SampleJournal.write(file, TODAY);
        session = JournalSession.open(file);
        Appearance appearance = new Appearance(new WindowPrefs(dir.resolve("window.properties")), css -> { });
        appearance.textSizeProperty().set(TextSize.LARGEST);
        JournalScreens screens = new JournalScreens(stage, session, session.people().all().get(0), AppContent.load(),
                Async.direct(), CLOCK, appearance, renamed -> { });
        screens.sections().forEach(s -> sections.add(s.id()));
        shell = screens.shell(sections.get(0), null);
        Scene scene = new Scene(shell, 1366, 768);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        appearance.apply(shell);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
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
