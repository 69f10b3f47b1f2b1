package org.carejournal.ui.medications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.ui.medications.MedsFixture.TODAY;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.carejournal.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Medicines screen on a real journal file, from the keyboard and the mouse. */
@ExtendWith(ApplicationExtension.class)
class MedicationsScreenTest {
    @TempDir
    static Path dir;

    MedsFixture f;
    MedicationsView view;
    PlanItem abiraterone;
    PlanItem prednisone;
    final List<PlanItem> editorOpenedFor = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new MedsFixture(dir);
        abiraterone = f.abiraterone();
        prednisone = f.prednisone();
        view = new MedicationsView(f.vm, editorOpenedFor::add, new SimpleDoubleProperty(12));
        f.vm.load();
        Scene scene = new Scene(view, 1300, 1000);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The key of a dose of today: medicine id and due time. */
    static String key(PlanItem item, int hour) {
        return item.medication().id() + "-" + TODAY.toString().replace("-", "") + "-" + String.format("%02d00", hour);
    }

    List<DoseEvent> loggedToday() {
        return f.logged().stream().filter(e -> e.day().equals(TODAY)).toList();
    }

    /** Whether a person can see the node: it and every parent are visible. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    String state(FxRobot robot, String key) {
        return robot.lookup("#state-" + key).queryLabeled().getText();
    }

    @Test
    void spaceAndEnterOnAFocusedDoseMarkItTakenAndMoveOn(FxRobot robot) {
        Node first = robot.lookup("#dose-" + key(abiraterone, 8)).query();
        robot.interact(first::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(loggedToday()).singleElement().satisfies(e -> {
            assertThat(e.medicationId()).isEqualTo(abiraterone.medication().id());
            assertThat(e.status()).isEqualTo(DoseStatus.TAKEN);
        });
        assertThat(state(robot, key(abiraterone, 8))).isEqualTo("Taken at 08:00");
        // The next dose still open has the focus: Enter takes it too.
        assertThat(first.getScene().getFocusOwner().getId()).isEqualTo("dose-" + key(prednisone, 8));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loggedToday()).hasSize(2);
        assertThat(state(robot, key(prednisone, 8))).isEqualTo("Taken at 08:00");
        assertThat(first.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals(MedStyles.TAKEN));
        assertThat(robot.lookup("#adherenceOverall").queryLabeled().getText())
                .isEqualTo("All medicines: 33 % (2 of 6 planned doses taken)");
    }

    @Test
    void oneClickOnTakenRecordsItAndUndoTakesItBack(FxRobot robot) {
        robot.clickOn("#taken-" + key(prednisone, 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loggedToday()).singleElement().satisfies(e -> assertThat(e.takenAt()).isEqualTo(TODAY.atTime(10, 30)));
        assertThat(state(robot, key(prednisone, 20))).isEqualTo("Taken at 10:30");
        assertThat(shown(robot.lookup("#taken-" + key(prednisone, 20)).query())).isFalse();
        assertThat(shown(robot.lookup("#undo-" + key(prednisone, 20)).query())).isTrue();

        robot.clickOn("#undo-" + key(prednisone, 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loggedToday()).isEmpty();
        assertThat(state(robot, key(prednisone, 20))).isEqualTo("To take at 20:00");
    }

    @Test
    void aMissedDoseLeavesTheListOnceRecorded(FxRobot robot) {
        String friday = abiraterone.medication().id() + "-20261120-0800";
        Node row = robot.lookup("#missed-" + friday).query();
        robot.interact(() -> view.reveal(row));
        robot.clickOn("#taken-" + friday);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#missed-" + friday).tryQuery()).isEmpty();
        assertThat(f.vm.doses().missed()).hasSize(3);
        assertThat(f.logged()).singleElement().satisfies(e -> assertThat(e.dueAt()).isEqualTo(TODAY.minusDays(4).atTime(8, 0)));

        // By keyboard: Saturday's row leaves, and the focus goes to Sunday's, now in its place.
        String saturday = abiraterone.medication().id() + "-20261121-0800";
        Node next = robot.lookup("#missed-" + saturday).query();
        robot.interact(next::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#missed-" + saturday).tryQuery()).isEmpty();
        assertThat(view.getScene().getFocusOwner().getId()).isEqualTo("missed-" + abiraterone.medication().id() + "-20261122-0800");
        assertThat(f.logged()).hasSize(2);
    }

    @Test
    void aWrongTimeIsShownBesideTheFieldAndNothingIsSaved(FxRobot robot) {
        String k = key(abiraterone, 8);
        robot.clickOn("#otherTime-" + k);
        WaitForAsyncUtils.waitForFxEvents();
        // The time field has the focus, filled with the planned time.
        assertThat(view.getScene().getFocusOwner().getId()).isEqualTo("time-" + k);
        robot.eraseText(5).write("25:00").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#time-" + k + "Error").queryLabeled().getText()).isEqualTo(DoseWords.TIME_RANGE);
        assertThat(shown(robot.lookup("#time-" + k + "Error").query())).isTrue();
        assertThat(f.logged()).isEmpty();

        robot.eraseText(5).write("07:40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loggedToday()).singleElement().satisfies(e -> assertThat(e.takenAt()).isEqualTo(TODAY.atTime(7, 40)));
        assertThat(state(robot, k)).isEqualTo("Taken at 07:40");
    }

    @Test
    void changeAndAddOpenTheEditor(FxRobot robot) {
        Node change = robot.lookup("#change-" + prednisone.medication().id()).query();
        robot.interact(() -> view.reveal(change));
        robot.clickOn(change);
        Node add = robot.lookup("#addMedicine").query();
        robot.interact(() -> view.reveal(add));
        robot.clickOn(add);
        assertThat(editorOpenedFor).hasSize(2);
        assertThat(editorOpenedFor.get(0).medication().name()).isEqualTo("Prednisone");
        assertThat(editorOpenedFor.get(1)).isNull();
    }
}
