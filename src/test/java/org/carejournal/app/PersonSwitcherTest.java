package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.carejournal.domain.Person;
import org.carejournal.ui.Async;
import org.carejournal.ui.shell.PersonSwitcher;
import org.carejournal.ui.shell.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** A caregiver keeping one journal for two people moves between them from the name at the top of the navigation. */
@ExtendWith(ApplicationExtension.class)
class PersonSwitcherTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    Path dir;
    Stage stage;
    AppController controller;
    Path home;
    Person walter;
    Person frank;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            if (controller != null) controller.dispose();   // its Appearance watches every window: stop it
        });
    }

    private void launch(FxRobot robot) {
        robot.interact(() -> {
            if (controller != null) controller.dispose();
            controller = new AppController(stage, home, dir.resolve("sample.db"),
                    new WindowPrefs(dir.resolve("window.properties")), Async.direct(), CLOCK);
            controller.show();
            controller.begin();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void twoPeople() {
        home = dir.resolve("family.db");
        try (JournalSession s = JournalSession.open(home)) {
            walter = s.people().create("Walter");
            frank = s.people().create("Frank");
        }
    }

    private static PersonSwitcher switcher(FxRobot robot) {
        return robot.lookup("#personSwitcher").queryAs(PersonSwitcher.class);
    }

    @Test
    void theSwitcherListsBothAndSwitchingShowsTheOthersJournal(FxRobot robot) {
        twoPeople();
        launch(robot);
        PersonSwitcher switcher = switcher(robot);
        assertThat(switcher.getText()).isEqualTo("Walter");
        assertThat(switcher.getAccessibleText()).contains("Walter");
        assertThat(switcher.getItems()).extracting(MenuItem::getText).contains("Walter", "Frank", "Add a person…");

        robot.clickOn("#personSwitcher");
        Node frankItem = robot.lookup(".context-menu .label").match(LabeledMatchers.hasText("Frank")).query();
        robot.clickOn(frankItem);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switcher(robot).getText()).isEqualTo("Frank");
        assertThat(stage.getTitle()).contains("Frank");
        assertThat(robot.lookup("#todayView").tryQuery()).isPresent();

        launch(robot);
        assertThat(switcher(robot).getText()).as("the journal opens on the person chosen last").isEqualTo("Frank");
    }

    @Test
    void theSwitcherWorksFromTheKeyboard(FxRobot robot) {
        twoPeople();
        launch(robot);
        robot.interact(() -> switcher(robot).requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switcher(robot).isShowing()).isTrue();
        robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switcher(robot).getText()).isEqualTo("Frank");
    }

    @Test
    void addingAPersonRefusesABlankNameThenShowsTheNewJournal(FxRobot robot) {
        twoPeople();
        launch(robot);
        robot.clickOn("#personSwitcher");
        robot.clickOn(robot.lookup(".context-menu .label").match(LabeledMatchers.hasText("Add a person…")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#addPersonConfirm");
        assertThat(robot.lookup("#newPersonNameError").queryAs(Label.class).getText()).contains("name");
        assertThat(robot.lookup("#addPersonDialog").tryQuery()).as("the window stays open").isPresent();

        robot.clickOn("#newPersonName").write("Rose");
        robot.clickOn("#addPersonConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switcher(robot).getText()).isEqualTo("Rose");
        assertThat(switcher(robot).getItems()).extracting(MenuItem::getText).contains("Walter", "Frank", "Rose");
        robot.interact(() -> controller.closeJournal());
        try (JournalSession s = JournalSession.open(home)) {
            assertThat(s.people().all()).extracting(Person::name).containsExactly("Walter", "Frank", "Rose");
        }
    }
}
