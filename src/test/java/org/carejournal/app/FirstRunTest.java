package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.carejournal.domain.LabResult;
import org.carejournal.ui.Async;
import org.carejournal.ui.shell.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first run as a new user meets it: welcome, a new journal, the sample, a file it cannot open. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    Path dir;
    Stage stage;
    AppController controller;

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

    private void launch(FxRobot robot, Path home) {
        robot.interact(() -> {
            controller = new AppController(stage, home, dir.resolve("sample.db"), new WindowPrefs(dir.resolve("window.properties")), Async.direct(), CLOCK);
            controller.show();
            controller.begin();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewJournalStartsWithThePersonsName(FxRobot robot) {
        Path home = dir.resolve("journal.db");
        launch(robot, home);
        assertThat(stage.getTitle()).startsWith("Care Journal");
        robot.clickOn("#welcomeStart");
        assertThat(robot.lookup("#welcomeNameError").queryAs(Label.class).getText()).contains("name");

        robot.clickOn("#welcomeName").write("John Smith");
        robot.clickOn("#welcomeStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#personSwitcher").queryAs(Labeled.class).getText()).isEqualTo("John Smith");
        assertThat(robot.lookup("#todayView").tryQuery()).as("a new journal opens on Today").isPresent();
        assertThat(robot.lookup("#sampleBanner").tryQuery()).isEmpty();
        try (JournalSession s = JournalSession.open(home)) {
            assertThat(s.people().all()).extracting(p -> p.name()).containsExactly("John Smith");
        }
    }

    @Test
    void theSampleJournalIsClearlyMarkedAndFull(FxRobot robot) {
        launch(robot, dir.resolve("journal.db"));
        robot.clickOn("#welcomeSample");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sampleBanner").tryQuery()).isPresent();
        assertThat(stage.getTitle()).contains("sample");
        assertThat(robot.lookup("#todayView").tryQuery()).as("the sample has check-ins, so it opens on Today").isPresent();
        assertThat(robot.lookup("#daySubtitle").queryAs(Label.class).getText()).startsWith("Check-in saved");
        robot.clickOn("#nav-labs");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LabResult> table = robot.lookup("#labTable").queryTableView();
        assertThat(table.getItems()).hasSizeGreaterThan(15);

        robot.clickOn("#leaveSample");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcomeView").tryQuery()).isPresent();
    }

    @Test
    void aFileThatIsNotAJournalIsExplainedAndLeftAlone(FxRobot robot) throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "shopping list: milk, bread");
        launch(robot, notes);
        Label problem = robot.lookup("#welcomeProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("not a Care Journal file");
        assertThat(Files.readString(notes)).isEqualTo("shopping list: milk, bread");
    }
}
