package org.carejournal.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Today screen on a real journal file, from the keyboard and the mouse. */
@ExtendWith(ApplicationExtension.class)
class TodayScreenTest {
    @TempDir
    static Path dir;

    TodayFixture f;
    TodayView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new TodayFixture(dir);
        view = new TodayView(f.vm, () -> {});
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

    /** Scrolls a part of the page into view, then clicks it. */
    org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        robot.interact(() -> view.reveal(robot.lookup(query).query()));
        return robot.clickOn(query);
    }

    @Test
    void aWholeCheckInFromTheKeyboardAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // The first symptom has the focus: one digit per symptom rates it and moves on.
        int symptoms = f.vm.rows().size();
        for (int i = 0; i < symptoms; i++) robot.type(i % 2 == 0 ? KeyCode.DIGIT2 : KeyCode.DIGIT0);
        // After the last symptom the focus is on "pain now"; Tab moves through the pain ratings.
        robot.write("3").type(KeyCode.TAB).write("5").type(KeyCode.TAB).write("2");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        CheckIn saved = f.session.checkIns().on(f.person.id(), TodayFixture.TODAY).orElseThrow();
        assertThat(saved.ratings()).hasSize(symptoms);
        assertThat(saved.rating(f.vm.rows().get(0).symptom().id())).isEqualTo(2);
        assertThat(saved.rating(f.vm.rows().get(1).symptom().id())).isEqualTo(0);
        List<PainEntry> pain = f.session.painLog().between(f.person.id(), DateRange.ALL);
        assertThat(pain).singleElement().satisfies(p -> {
            assertThat(p.now()).isEqualTo(3);
            assertThat(p.worst()).isEqualTo(5);
            assertThat(p.average()).isEqualTo(2);
        });
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Saved the check-in for today");
        assertThat(robot.lookup("#dayTitle").queryLabeled().getText()).contains("saved");
    }

    @Test
    void upFromNineGivesTenAndEnterSaves(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT9);       // rates the first, moves to the second
        robot.type(KeyCode.UP);           // the second was not rated: ↑ makes it 0
        robot.clickOn("#rating-" + f.vm.rows().get(0).symptom().id() + " .rating-name");
        robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        CheckIn saved = f.session.checkIns().on(f.person.id(), TodayFixture.TODAY).orElseThrow();
        assertThat(saved.rating(f.vm.rows().get(0).symptom().id())).isEqualTo(10);
        assertThat(saved.rating(f.vm.rows().get(1).symptom().id())).isEqualTo(0);
    }

    @Test
    void clickingTheBodyMapMarksThePlace(FxRobot robot) {
        click(robot, "#body-back-lower_back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.vm.pain().sites()).containsExactly(BodyRegion.LOWER_BACK);
        assertThat(robot.lookup("#place-lower_back").queryAs(CheckBox.class).isSelected()).isTrue();
        Node region = robot.lookup("#body-back-lower_back").query();
        assertThat(region.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("selected"));

        // The list is the same choice for keyboard users: unticking clears the map.
        click(robot, "#place-lower_back");
        assertThat(f.vm.pain().sites()).isEmpty();
        click(robot, "#body-front-legs-1");
        assertThat(f.vm.pain().sites()).containsExactly(BodyRegion.LEGS);
    }

    @Test
    void aCompressionPatternShowsABannerUntilItIsAcknowledged(FxRobot robot) {
        click(robot, "#body-back-lower_back");
        click(robot, "#painWorst").write("6");
        click(robot, "#rating-" + f.row(StandardSymptom.LEG_NUMBNESS).symptom().id() + " .rating-name").type(KeyCode.DIGIT5);
        click(robot, "#saveCheckIn");
        WaitForAsyncUtils.waitForFxEvents();

        Node banner = robot.lookup("#flag-spinal_cord_compression").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#flag-spinal_cord_compression .label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().contains("today"));
        assertThat(f.session.raisedFlags().open(f.person.id())).extracting(RaisedFlag::flag)
                .containsExactly(RedFlag.SPINAL_CORD_COMPRESSION);

        // Still there after going to another day and back.
        robot.clickOn("#day-" + TodayFixture.TODAY.minusDays(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#day-" + TodayFixture.TODAY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#flag-spinal_cord_compression").tryQuery()).isPresent();

        robot.clickOn("#ackFlag-spinal_cord_compression");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#flag-spinal_cord_compression").tryQuery()).isEmpty();
        assertThat(f.session.raisedFlags().open(f.person.id())).isEmpty();
        assertThat(f.session.raisedFlags().all(f.person.id())).singleElement().satisfies(r -> assertThat(r.acknowledged()).isTrue());
    }

    @Test
    void aWrongTemperatureIsShownBesideTheFieldAndNothingIsSaved(FxRobot robot) {
        robot.type(KeyCode.DIGIT3);
        click(robot, "#unit-celsius");
        click(robot, "#temperature").write("45");
        click(robot, "#saveCheckIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#temperatureError").queryLabeled().getText()).contains("34 to 43 °C");
        assertThat(robot.lookup("#temperatureError").query().isVisible()).isTrue();
        assertThat(f.session.checkIns().any(f.person.id())).isFalse();
    }
}
