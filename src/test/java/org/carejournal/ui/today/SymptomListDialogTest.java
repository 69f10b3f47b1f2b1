package org.carejournal.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The symptom list window, by keyboard and mouse, on a real journal file. */
@ExtendWith(ApplicationExtension.class)
class SymptomListDialogTest {
    @TempDir
    static Path dir;

    TodayFixture f;

    @Start
    void start(Stage owner) throws Exception {
        f = new TodayFixture(dir);
        f.vm.load();
        Scene scene = new Scene(new StackPane(), 300, 200);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        owner.setScene(scene);
        owner.show();
        SymptomListDialog.create(owner, new SymptomListModel(f.session.symptoms(), f.person.id(), Async.direct(),
                f.vm::applySymptoms)).show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void spaceHidesAndAltDownMovesTheSelectedSymptom(FxRobot robot) {
        ListView<Symptom> list = robot.lookup("#symptomList").queryListView();
        Symptom first = list.getItems().get(0);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.session.symptoms().list(f.person.id()).get(0).hidden()).isTrue();
        assertThat(f.vm.rows()).noneMatch(r -> r.symptom().id() == first.id());

        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.session.symptoms().list(f.person.id()).get(1).id()).isEqualTo(first.id());
    }

    @Test
    void aDuplicateNameIsRefusedBesideTheField(FxRobot robot) {
        robot.clickOn("#newSymptomName").write("bone pain").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newSymptomError").queryLabeled().getText()).contains("\"Bone pain\" is already on the list");
        robot.clickOn("#newSymptomName").eraseText(9).write("Hiccups");
        robot.clickOn("#addSymptom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.vm.rows().get(f.vm.rows().size() - 1).symptom().name()).isEqualTo("Hiccups");
        assertThat(robot.lookup("#newSymptomError").queryLabeled().getText()).isEmpty();
    }
}
