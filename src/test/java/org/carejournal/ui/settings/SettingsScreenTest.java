package org.carejournal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.ui.Async;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;
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

/** The Settings screen as a person uses it: the choices change the window at once and are kept. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path dir;

    JournalSession session;
    Person person;
    Path prefsFile;
    Appearance appearance;
    Scene scene;
    final List<String> userAgent = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        prefsFile = Files.createTempFile(dir, "window", ".properties");
        Files.delete(prefsFile);
        WindowPrefs prefs = new WindowPrefs(prefsFile);
        appearance = new Appearance(prefs, userAgent::add);
        session = JournalSession.open(Files.createTempFile(dir, "settings", ".db"));
        person = session.people().create("Walter");
        SettingsViewModel vm = new SettingsViewModel(session.people(), session.settings(),
                new SettingsViewModel.PsaInterval() {
                    @Override public int months(long id) { return session.settings().psaIntervalMonths(id); }
                    @Override public void set(long id, int months) { session.settings().setPsaIntervalMonths(id, months); }
                }, person.id(), appearance.textSizeProperty(), appearance.themeProperty(), dir.resolve("backups"),
                p -> { }, p -> { }, Async.direct());
        vm.load();
        scene = new Scene(new SettingsView(vm), 1000, 760);
        stage.setScene(scene);
        appearance.start();
        stage.show();
    }

    @AfterEach
    void close() {
        appearance.stop();   // it watches every window: the shared test stage must not keep its looks
        session.close();
    }

    @Test
    void textSizeAppliesToTheWindowAndIsKept(FxRobot robot) {
        assertThat(scene.getRoot().getStyleClass()).contains(TextSize.NORMAL.styleClass());
        robot.clickOn("#size-200");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot().getStyleClass()).contains(TextSize.LARGEST.styleClass())
                .doesNotContain(TextSize.NORMAL.styleClass());
        assertThat(robot.lookup("#settingsName").queryAs(javafx.scene.control.TextField.class).getFont().getSize())
                .as("the font doubled").isEqualTo(28.0);
        assertThat(appearance.chartFontSizeProperty().get()).isEqualTo(28 * 0.85);
        assertThat(new WindowPrefs(prefsFile).textSize()).isEqualTo(TextSize.LARGEST);
    }

    @Test
    void themeAppliesToTheWindowAndIsKept(FxRobot robot) {
        robot.clickOn("#theme-high-contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot().getStyleClass()).contains(Theme.HIGH_CONTRAST.styleClass())
                .doesNotContain(Theme.LIGHT.styleClass());
        assertThat(userAgent).last().isEqualTo(Theme.HIGH_CONTRAST.userAgentStylesheet());
        assertThat(new WindowPrefs(prefsFile).theme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(robot.lookup("#theme-high-contrast").queryAs(RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot().getStyleClass()).contains(Theme.DARK.styleClass())
                .doesNotContain(Theme.HIGH_CONTRAST.styleClass());
        assertThat(new WindowPrefs(prefsFile).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aChangeMadeElsewhereTicksTheScreensChoice(FxRobot robot) {
        robot.interact(() -> appearance.textSizeProperty().set(TextSize.LARGER));
        assertThat(robot.lookup("#size-150").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#size-100").queryAs(RadioButton.class).isSelected()).isFalse();
    }

    @Test
    void psaIntervalAndNameAreSavedToTheJournal(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Integer> months = robot.lookup("#settingsPsaInterval").queryAs(ComboBox.class);
        assertThat(months.getValue()).isEqualTo(3);
        robot.interact(() -> {
            months.setValue(6);
            months.getOnAction().handle(null);
        });
        assertThat(session.settings().psaIntervalMonths(person.id())).isEqualTo(6);

        robot.doubleClickOn("#settingsName").eraseText(6).write("Walter White");
        robot.clickOn("#settingsSaveName");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.people().find(person.id())).map(Person::name).contains("Walter White");
        assertThat(robot.lookup("#settingsStatus").queryAs(Label.class).getText()).isEqualTo("Name saved.");
    }

    @Test
    void unitsAndTheBackupFolderAreShown(FxRobot robot) {
        robot.clickOn("#creatinine-umol");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.settings().creatinineUnit(person.id())).contains("µmol/L");
        assertThat(robot.lookup("#settingsBackupFolder").queryAs(Label.class).getText())
                .isEqualTo(dir.resolve("backups").toString());
    }
}
