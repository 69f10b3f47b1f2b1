package org.carejournal.ui.library.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person selects an article's text with the mouse or the keyboard and copies it. */
@ExtendWith(ApplicationExtension.class)
class TextSelectionTest {
    Sample sample;

    @Start
    void start(Stage stage) {
        sample = new Sample().show(stage);
    }

    @BeforeEach
    void emptyClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }

    @Test
    void ctrlAThenCtrlCCopiesTheWholeArticleAsPlainText(FxRobot robot) throws Exception {
        robot.clickOn(sample.flow(MarkdownStyles.PARAGRAPH, "Intro"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo(Sample.TEXT).isEqualTo(ArticleRenderer.plainText(Sample.MARKDOWN));
    }

    @Test
    void theContextMenuSelectsAllAndCopies(FxRobot robot) throws Exception {
        TextFlow intro = sample.flow(MarkdownStyles.PARAGRAPH, "Intro");
        Text words = Sample.texts(intro).get(0);
        requestMenu(robot, words);
        MenuItem copy = menuItem(TextSelection.COPY_ID);
        assertThat(copy.isDisable()).as("nothing to copy yet").isTrue();
        robot.clickOn("Select all");
        requestMenu(robot, words);
        assertThat(copy.isDisable()).isFalse();
        robot.clickOn("Copy");
        assertThat(clipboard()).isEqualTo(Sample.TEXT);
    }

    /**
     * What a right click (or the menu key) does on a desktop. Headless Monocle sends no menu events
     * for a right click, so the test sends the one the platform would.
     */
    static void requestMenu(FxRobot robot, Node target) {
        Bounds b = target.localToScreen(target.getBoundsInLocal());
        Point2D scene = target.localToScene(target.getBoundsInLocal().getCenterX(), target.getBoundsInLocal().getCenterY());
        robot.interact(() -> Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), b.getCenterX(), b.getCenterY(), false, new PickResult(target, scene.getX(), scene.getY()))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static MenuItem menuItem(String id) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void dragFromOneWordToAnotherSelectsExactlyThatRange(FxRobot robot) throws Exception {
        TextFlow intro = sample.flow(MarkdownStyles.PARAGRAPH, "Intro");
        String text = Sample.textOf(intro);
        int from = text.indexOf("care");
        int to = text.indexOf("strong") + "strong".length();
        robot.drag(Sample.onChar(intro, from, true), MouseButton.PRIMARY).dropTo(Sample.onChar(intro, to - 1, false));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo("care and strong");

        // The highlight covers those words and nothing else, where they are drawn.
        Path highlight = (Path) intro.getChildren().get(0);
        Bounds painted = highlight.getBoundsInParent();
        Bounds care = Sample.texts(intro).get(1).getBoundsInParent();
        Bounds strong = Sample.texts(intro).get(3).getBoundsInParent();
        assertThat(painted.getMinX()).isCloseTo(care.getMinX(), within(1.5));
        assertThat(painted.getMaxX()).isCloseTo(strong.getMaxX(), within(1.5));
        assertThat(painted.getMinY()).isCloseTo(care.getMinY(), within(1.5));
    }

    @Test
    void dragBackwardsAcrossBlocksKeepsBreaksAndBullets(FxRobot robot) throws Exception {
        TextFlow heading = sample.flow(MarkdownStyles.H3, "Hot");
        TextFlow item = sample.flow(MarkdownStyles.PARAGRAPH, "Second point");
        String itemText = Sample.textOf(item);
        // From the end of "Second" back up to the start of "flushes".
        Point2D start = Sample.onChar(item, itemText.indexOf(' ') - 1, false);
        Point2D end = Sample.onChar(heading, "Hot ".length(), true);
        robot.drag(start, MouseButton.PRIMARY).dropTo(end);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo("flushes\n\n• First point\n• Second");

        Path highlight = (Path) heading.getChildren().get(0);
        Text words = Sample.texts(heading).get(0);
        assertThat(highlight.getBoundsInParent().getMaxX()).as("the heading's highlight sits on its words")
                .isCloseTo(words.getBoundsInParent().getMaxX(), within(1.5));
        assertThat(highlight.getBoundsInParent().getMinY()).isCloseTo(words.getBoundsInParent().getMinY(), within(1.5));
    }

    @Test
    void dragWithinATableCellSelectsItsWords(FxRobot robot) throws Exception {
        TextFlow cell = sample.flow(MarkdownStyles.TD, "The lowest");
        robot.drag(Sample.onChar(cell, 4, true), MouseButton.PRIMARY).dropTo(Sample.onChar(cell, 9, false));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo("lowest");
    }

    @Test
    void aClickOnALinkOpensItAndLeavesTheSelectionAlone(FxRobot robot) {
        robot.interact(() -> sample.selection().selectAll());
        robot.clickOn((Text) sample.article.lookup("." + MarkdownStyles.LINK));
        assertThat(sample.opened).containsExactly("following-psa");
        assertThat(sample.selection().selectedText()).isEqualTo(Sample.TEXT);
    }

    @Test
    void aPlainClickClearsTheSelectionAndCopyThenLeavesTheClipboardAlone(FxRobot robot) throws Exception {
        robot.interact(() -> sample.selection().selectAll());
        robot.clickOn(sample.flow(MarkdownStyles.PARAGRAPH, "Intro"));
        assertThat(sample.selection().isEmpty()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard()).isNull();
    }

    @Test
    void doubleClickSelectsAWord(FxRobot robot) {
        TextFlow intro = sample.flow(MarkdownStyles.PARAGRAPH, "Intro");
        robot.moveTo(Sample.onChar(intro, Sample.textOf(intro).indexOf("words") + 2, true)).doubleClickOn(MouseButton.PRIMARY);
        assertThat(sample.selection().selectedText()).isEqualTo("words");
    }
}
