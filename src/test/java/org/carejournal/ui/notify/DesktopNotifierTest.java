package org.carejournal.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A notification appears without taking the keyboard from what the person is typing. */
@ExtendWith(ApplicationExtension.class)
class DesktopNotifierTest {
    Stage stage;
    TextField note;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        note = new TextField();
        note.setId("note");
        stage.setScene(new Scene(new VBox(8, new Label("Note"), note), 600, 400));
        stage.show();
    }

    @Test
    void typingGoesOnWhileANotificationShows(FxRobot robot) {
        robot.clickOn("#note").write("Took the");
        robot.interact(() -> new DesktopNotifier(stage).accept(new Announcement(Announcement.Kind.DOSE, "doses:x",
                "Time for Abiraterone", "Abiraterone 1000 mg, due 08:00")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Popup && w.isShowing())
                .as("the notification is on screen").isNotEmpty();
        assertThat(robot.lookup(".notification-bar .title").queryLabeled().getText()).isEqualTo("Time for Abiraterone");
        Text text = robot.lookup("#notificationText").queryAs(Text.class);
        assertThat(text.getText()).isEqualTo("Abiraterone 1000 mg, due 08:00");
        assertThat(text.getWrappingWidth()).as("a long text wraps").isPositive();
        assertThat(stage.isFocused()).isTrue();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(note);
        robot.write(" tablet");
        assertThat(note.getText()).isEqualTo("Took the tablet");
    }
}
