package org.carejournal.ui.medications.editor;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.ui.Styles;
import org.carejournal.ui.TextSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The medicine editor window, driven by keyboard and mouse, on a real journal file, at the largest text size. */
@ExtendWith(ApplicationExtension.class)
class MedicationEditorDialogTest {
    @TempDir
    static Path dir;

    EditorFixture f;
    Stage dialog;

    @Start
    void start(Stage owner) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new EditorFixture(dir);
        StackPane root = new StackPane();
        root.getStyleClass().add(TextSize.LARGEST.styleClass());
        Scene scene = new Scene(root, 300, 200);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        owner.setScene(scene);
        owner.show();
        dialog = MedicationEditorDialog.create(owner, f.adding());
        dialog.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Scrolls the editor so that {@code query} is in view, then clicks it. */
    void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#medicationEditor").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double y = node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
        });
        robot.clickOn(node);
    }

    /** Visible, and so are all its parents: on screen unless scrolled away. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return true;
    }

    @Test
    void zoledronicAcidChosenByKeyboardEveryFourWeeks(FxRobot robot) {
        robot.clickOn("#medicineSearch").write("zol");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#medicineResults").queryListView().getSelectionModel().getSelectedItem())
                .extracting(e -> ((org.carejournal.care.meds.CatalogEntry) e).key()).isEqualTo("zoledronic-acid");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chosenMedicine").queryLabeled().getText()).startsWith("Zoledronic acid (Zometa)");

        ToggleButton fourWeeks = robot.lookup(".med-offer").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().startsWith("Every 4 weeks")).findFirst().orElseThrow();
        robot.interact(() -> fourWeeks.setId("fourWeeks"));
        click(robot, "#fourWeeks");
        click(robot, "#medSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        Schedule s = f.only().versions().get(0);
        assertThat(f.only().medication().catalogKey()).isEqualTo("zoledronic-acid");
        assertThat(s.rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=4");
        assertThat(s.start()).isEqualTo(EditorFixture.TODAY);
        assertThat(s.dose()).isEqualTo("4 mg");
    }

    @Test
    void aBadTimeShowsItsMessageAndEnterSavesOnceItIsRight(FxRobot robot) {
        robot.clickOn("#medicineSearch").write("abiraterone").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, "#time0");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("7:61").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timesError").queryLabeled().getText()).startsWith("\"7:61\" is not a time of day.");
        assertThat(robot.lookup("#timesError").query().isVisible()).isTrue();
        assertThat(robot.lookup("#time0").query().getStyleClass()).as("the box with the bad time").contains(Styles.INVALID);
        assertThat(robot.lookup("#time1").query().getStyleClass()).as("an empty box is not wrong").doesNotContain(Styles.INVALID);
        assertThat(f.items()).isEmpty();
        assertThat(dialog.isShowing()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.A).write("07:30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(f.only().versions().get(0).times()).extracting(Object::toString).containsExactly("07:30");
    }

    @Test
    void escapeClosesWithoutSaving(FxRobot robot) {
        robot.clickOn("#medicineSearch").write("zol").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(f.items()).isEmpty();
    }

    @Test
    void atTheLargestTextSizeTheFormScrollsAndNoTextIsCutShort(FxRobot robot) {
        robot.clickOn("#medicineSearch").write("docetaxel").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup("#medicationEditor").queryAs(ScrollPane.class);
        assertThat(scroll.getStyleClass()).contains(TextSize.LARGEST.styleClass());
        assertThat(scroll.getContent().getBoundsInLocal().getHeight())
                .as("the form is taller than the window, so it scrolls").isGreaterThan(scroll.getViewportBounds().getHeight());
        assertThat(scroll.getContent().getBoundsInLocal().getWidth())
                .as("nothing sticks out sideways").isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
        List<String> cut = robot.lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .filter(MedicationEditorDialogTest::shown)
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.lookupAll(".text").stream().anyMatch(t -> t instanceof Text shown
                        && !shown.getText().isEmpty() && !l.getText().replace("\n", "").contains(shown.getText().replace("\n", ""))))
                .map(Labeled::getText).toList();
        assertThat(cut).as("labels shown with an ellipsis").isEmpty();
    }
}
