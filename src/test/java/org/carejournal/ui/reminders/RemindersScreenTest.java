package org.carejournal.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.ReminderState;
import org.carejournal.domain.meds.Route;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.ui.library.QuestionsModel;
import org.carejournal.ui.library.QuestionsPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Reminders screen on a real journal file, from the mouse and from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class RemindersScreenTest {
    @TempDir
    static Path dir;

    RemindersFixture f;
    long overdueId;
    int exports;
    final List<String> addedFromCatalog = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new RemindersFixture(dir);
        overdueId = f.service.addCustom(f.person.id(), "Ring the pharmacy", "They need a new prescription form.",
                RemindersFixture.TODAY.minusDays(3)).id();
        QuestionsModel questions = new QuestionsModel(f.session.questions(), f.person.id(), Async.direct(),
                RemindersFixture.CLOCK, () -> { });
        RemindersView view = new RemindersView(f.vm, () -> exports++, addedFromCatalog::add, new QuestionsPane(questions));
        f.vm.load();
        Scene scene = new Scene(view, 1100, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aQuestionForTheNextAppointmentIsAddedBesideTheAppointments(FxRobot robot) {
        ScrollPane page = robot.lookup("#remindersScroll").queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(1));
        robot.clickOn("#newQuestion").write("Can I travel in March?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.session.questions().open(f.person.id())).extracting(q -> q.text())
                .containsExactly("Can I travel in March?");
        assertThat(robot.lookup("#questionList .label").queryLabeled().getText()).isEqualTo("Can I travel in March?");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anOverdueReminderIsHighlightedAndSaysWhy(FxRobot robot) {
        Node card = robot.lookup("#reminder-" + overdueId).query();
        assertThat(card.getStyleClass()).contains(ReminderStyles.OVERDUE);
        assertThat(robot.lookup("#when-" + overdueId).queryLabeled().getText()).isEqualTo("3 days overdue");
        assertThat(robot.lookup("#why-" + overdueId).queryLabeled().getText()).isEqualTo("They need a new prescription form.");
        assertThat(robot.lookup("#group-overdue").query().isVisible()).isTrue();
    }

    @Test
    void markedDoneWithTheMouse(FxRobot robot) {
        robot.clickOn("#done-" + overdueId);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#doneDate").queryAs(TextField.class).getText()).isEqualTo("2026-11-24");
        robot.clickOn("#doneDialogOk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.saved(overdueId).state()).isEqualTo(ReminderState.DONE);
        assertThat(f.saved(overdueId).doneOn()).isEqualTo(RemindersFixture.TODAY);
        assertThat(robot.lookup("#doneDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#group-overdue").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("Marked done: Ring the pharmacy.");
    }

    @Test
    void markedDoneFromTheKeyboard(FxRobot robot) {
        // Tab through the screen to the reminder's Done button, as someone without a mouse would.
        Node done = robot.lookup("#done-" + overdueId).query();
        for (int i = 0; i < 20 && !done.isFocused(); i++) robot.type(KeyCode.TAB);
        assertThat(done.isFocused()).as("Tab reaches the Done button").isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        // The day field has the focus; a wrong day is refused beside it, then the right one is taken.
        TextField day = robot.lookup("#doneDate").queryAs(TextField.class);
        assertThat(day.isFocused()).isTrue();
        robot.targetWindow(day.getScene().getWindow());   // typed characters go to the window TestFX targets
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-11-30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#doneDateError").queryLabeled().getText()).contains("still to come");
        assertThat(f.saved(overdueId).state()).isEqualTo(ReminderState.OPEN);

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-11-23").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saved(overdueId).state()).isEqualTo(ReminderState.DONE);
        assertThat(f.saved(overdueId).doneOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(robot.lookup("#when-" + overdueId).queryLabeled().getText()).isEqualTo("done on Monday 23 Nov");
    }

    @Test
    void dismissedFromTheKeyboardWithAReadyReason(FxRobot robot) {
        Node dismiss = robot.lookup("#dismiss-" + overdueId).query();
        for (int i = 0; i < 20 && !dismiss.isFocused(); i++) robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // The first ready reason has the focus; Tab moves to the next, Enter picks it and confirms.
        assertThat(robot.lookup("#dismissReason-0").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saved(overdueId).state()).isEqualTo(ReminderState.DISMISSED);
        assertThat(f.saved(overdueId).dismissReason()).isEqualTo("My care team said no");
        assertThat(robot.lookup("#when-" + overdueId).queryLabeled().getText()).isEqualTo("dismissed: My care team said no");
    }

    @Test
    void dismissingWithoutAReasonIsRefusedBesideTheChoices(FxRobot robot) {
        robot.clickOn("#dismiss-" + overdueId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dismissDialogOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dismissReasonError").queryLabeled().getText()).startsWith("Say why");
        assertThat(f.saved(overdueId).state()).isEqualTo(ReminderState.OPEN);
        robot.clickOn("#dismissReason").write("Done at the GP surgery");
        robot.clickOn("#dismissDialogOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.saved(overdueId).dismissReason()).isEqualTo("Done at the GP surgery");
    }

    @Test
    void exportToCalendarIsHandedToTheShell(FxRobot robot) {
        robot.clickOn("#exportCalendar");
        assertThat(exports).isEqualTo(1);
    }

    @Test
    void theCalciumReminderOffersToPutCalciumAndVitaminDInThePlan(FxRobot robot) {
        new PlanService(f.session.medicationPorts(), RemindersFixture.CLOCK).add(f.person.id(),
                Medication.draft("denosumab", "Denosumab (Xgeva)", DrugClass.RANKL_INHIBITOR, Route.INJECTION),
                Rhythms.every(0, RemindersFixture.TODAY.plusDays(20), null, 4, ChronoUnit.WEEKS, LocalTime.of(10, 0),
                        "120 mg"), false);
        robot.interact(f.vm::load);
        WaitForAsyncUtils.waitForFxEvents();
        Reminder calcium = f.service.all(f.person.id()).stream()
                .filter(r -> r.kind() == ReminderKind.CALCIUM_VITAMIN_D).findFirst().orElseThrow();
        assertThat(robot.lookup("#addToPlan-" + overdueId).tryQuery()).as("only the calcium reminder offers it").isEmpty();

        Node offer = robot.lookup("#addToPlan-" + calcium.id()).query();
        ScrollPane page = robot.lookup("#remindersScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double y = offer.localToScene(0, 0).getY() - page.getContent().localToScene(0, 0).getY();
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            if (room > 0) page.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
        });
        robot.clickOn(offer);
        assertThat(addedFromCatalog).containsExactly("calcium-vitamin-d");
    }
}
