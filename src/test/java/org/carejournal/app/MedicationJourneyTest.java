package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.ui.shell.Appearance;
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
 * The journey through the wired screens of a real journal file: zoledronic acid added from the
 * catalog brings its dental-checkup reminder with the reason, and its first dose, marked taken, shows in
 * adherence.
 */
@ExtendWith(ApplicationExtension.class)
class MedicationJourneyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private static final AppContent CONTENT = AppContent.load();

    @TempDir
    static Path dir;

    JournalSession session;
    Person person;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = JournalSession.open(Files.createTempFile(dir, "journey", ".db"));
        person = session.people().create("Walter");
        JournalScreens screens = new JournalScreens(stage, session, person, CONTENT, Async.direct(), CLOCK,
                new Appearance(new WindowPrefs(dir.resolve("window.properties")), css -> { }), renamed -> { });
        Scene scene = new Scene(screens.shell("medicines", null), 1300, 1000);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void zoledronicAcidFromTheCatalogBringsTheDentalCheckupAndItsDoseCountsOnceTaken(FxRobot robot) {
        robot.clickOn("#addFirstMedicine");
        robot.clickOn("#medicineSearch").write("zol").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton fourWeeks = robot.lookup(".med-offer").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().startsWith("Every 4 weeks")).findFirst().orElseThrow();
        robot.interact(() -> fourWeeks.setId("fourWeeks"));
        clickInEditor(robot, "#fourWeeks");
        clickInEditor(robot, "#medSave");
        WaitForAsyncUtils.waitForFxEvents();

        PlanItem zol = new PlanService(session.medicationPorts(), CLOCK).plan(person.id()).get(0);
        assertThat(zol.medication().catalogKey()).isEqualTo("zoledronic-acid");

        robot.clickOn("#nav-reminders");
        WaitForAsyncUtils.waitForFxEvents();
        Reminder dental = session.reminders().all(person.id()).stream()
                .filter(r -> r.kind() == ReminderKind.DENTAL_BEFORE_BONE_DRUG).findFirst().orElseThrow();
        assertThat(robot.lookup("#reminder-" + dental.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#why-" + dental.id()).queryLabeled().getText()).containsIgnoringCase("jaw");
        assertThat(robot.lookup("#source-" + dental.id()).queryLabeled().getText()).contains("American Cancer Society");

        robot.clickOn("#nav-medicines");
        WaitForAsyncUtils.waitForFxEvents();
        Schedule s = zol.versions().get(0);
        String key = zol.medication().id() + "-" + TODAY.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + s.times().get(0).format(DateTimeFormatter.ofPattern("HHmm"));
        assertThat(robot.lookup("#adherenceOverall").queryLabeled().getText()).contains("0 of 1");
        robot.clickOn("#taken-" + key);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#adherenceOverall").queryLabeled().getText()).contains("100 %").contains("1 of 1");
    }

    /** The editor window scrolls; bring the node into view first. */
    private static void clickInEditor(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#medicationEditor").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double y = node.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
        });
        robot.clickOn(node);
    }
}
