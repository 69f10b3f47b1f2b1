package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.store.ReadOnlyJournal;
import org.carejournal.ui.Async;
import org.carejournal.ui.shell.MainShell;
import org.carejournal.ui.shell.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review mode: a journal opened read-only shows everything, offers no editing, and is left byte for byte as it was. */
@ExtendWith(ApplicationExtension.class)
class ReviewModeTest {
    private static final List<String> SECTIONS =
            List.of("today", "medicines", "reminders", "labs", "symptoms", "summary", "library", "settings");

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
            if (controller != null) controller.dispose();
        });
    }

    @Test
    void aReviewedJournalShowsEverySectionWithEditingDisabledAndStaysByteIdentical(FxRobot robot) throws Exception {
        Path home = dir.resolve("home.db");
        try (JournalSession s = JournalSession.open(home)) {
            s.people().create("Walter at home");
        }
        Path reviewed = Files.createDirectories(dir.resolve("reviewed")).resolve("sample.db");
        SampleJournal.write(reviewed, FirstRunTest.CLOCK.instant().atZone(FirstRunTest.CLOCK.getZone()).toLocalDate());
        String hash = sha256(reviewed);
        FileTime modified = Files.getLastModifiedTime(reviewed);

        robot.interact(() -> {
            controller = new AppController(stage, home, dir.resolve("sample.db"),
                    new WindowPrefs(dir.resolve("window.properties")), Async.direct(), FirstRunTest.CLOCK);
            controller.show();
            controller.begin();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> controller.openForReview(reviewed));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reviewBannerText").queryAs(Label.class).getText())
                .isEqualTo("Review mode: read-only. Nothing can be changed or saved in this file.");
        assertThat(stage.getTitle()).contains("read-only");
        assertThat(disabled(robot, "#saveCheckIn")).as("Today's save").isTrue();
        assertThat(disabled(robot, "#note")).isTrue();
        press(robot, "#saveCheckIn");   // a disabled button does nothing; the file check below would see otherwise

        MainShell shell = robot.lookup("#mainShell").queryAs(MainShell.class);
        for (String section : SECTIONS) {
            robot.interact(() -> shell.select(section));
            WaitForAsyncUtils.waitForFxEvents();
            if (section.equals("medicines")) {
                assertThat(disabled(robot, "#addMedicine")).as("the Medicines Add button").isTrue();
                press(robot, "#addMedicine");
            }
            if (section.equals("labs")) {
                TableView<?> table = robot.lookup("#labTable").queryAs(TableView.class);
                assertThat(table.getContextMenu()).as("the table's change/delete menu").isNull();
                robot.interact(() -> {
                    table.getSelectionModel().select(0);
                    table.requestFocus();
                });
                assertThat(disabled(robot, "#deleteResult")).isTrue();
                robot.type(KeyCode.DELETE);   // the table's own delete key
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(table.getItems()).isNotEmpty();
            }
            if (section.equals("today")) {
                // Today saves on Ctrl+S and on Enter, even with the focus on a day button, which stays usable.
                robot.interact(() -> robot.lookup("#day-2026-11-24").query().requestFocus());
                robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
                robot.type(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> robot.lookup(".body-region").queryAll().forEach(region -> Event.fireEvent(region,
                        new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                                false, false, true, null))));
                // Had a click marked a region, the day change below would try to save the day first.
                press(robot, "#day-2026-11-23");
                assertThat(disabled(robot, "#day-2026-11-23")).as("choosing a day only changes what is shown").isFalse();
            }
            if (section.equals("summary")) {
                assertThat(disabled(robot, "#savePdf")).as("Save as PDF only reads").isFalse();
            }
            if (section.equals("library")) {
                assertThat(disabled(robot, "#librarySearch")).as("searching only reads").isFalse();
                robot.clickOn("#librarySearch").write("bone");
                assertThat(disabled(robot, "#bookmark")).isTrue();
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(problems(stage.getScene().getRoot())).as("what " + section + " says went wrong").isEmpty();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).as("no error was raised in a dialog")
                .filteredOn(w -> w instanceof Stage && w != stage).isEmpty();

        robot.clickOn("#nav-today");   // the navigation works by mouse and keyboard
        robot.interact(() -> robot.lookup("#nav-medicines").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#medicationsView").tryQuery()).as("Space on the next section's button opens it").isPresent();
        robot.clickOn("#closeReview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#personSwitcher").queryAs(Labeled.class).getText()).isEqualTo("Walter at home");
        assertThat(robot.lookup("#reviewBanner").tryQuery()).isEmpty();
        robot.interact(() -> controller.dispose());
        controller = null;

        assertThat(sha256(reviewed)).isEqualTo(hash);
        assertThat(Files.getLastModifiedTime(reviewed)).isEqualTo(modified);
        try (Stream<Path> files = Files.list(reviewed.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sample.db");
        }
    }

    @Test
    void anEncryptedBackupAndAnOlderJournalAreRefusedWithAPlainMessage() throws Exception {
        Path journal = dir.resolve("journal.db");
        try (JournalSession s = JournalSession.open(journal)) {
            s.people().create("Walter");
        }
        Path backup = dir.resolve("journal.cjbackup");
        new JournalBackups(new BackupCipher(), FirstRunTest.CLOCK).backUp(journal, backup, "a long passphrase".toCharArray());
        String hash = sha256(backup);

        assertThatThrownBy(() -> JournalSession.openReadOnly(backup)).hasMessage(ReadOnlyJournal.ENCRYPTED);
        assertThat(sha256(backup)).isEqualTo(hash);
        assertThat(ReadOnlyJournal.OLDER)
                .isEqualTo("This journal was made by an older version; open it normally once to update it.");
        // The older-schema refusal itself is driven in store.ReviewOpenTest, which can make an older journal.
    }

    /** Presses a button as a click would (a click needs it scrolled into view); a disabled one ignores it. */
    private static void press(FxRobot robot, String query) {
        ButtonBase b = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Texts shown anywhere in {@code n} that report a failure, as a write refused by the read-only file would. */
    private static List<String> problems(Node n) {
        List<String> found = new ArrayList<>();
        if (n instanceof Labeled l && l.isVisible() && l.getText() != null
                && l.getText().toLowerCase(Locale.ROOT).matches("(?s).*(could not|read-only|readonly).*")
                && !l.getText().startsWith("Review mode")) {
            found.add(l.getText());
        }
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> found.addAll(problems(c)));
        return found;
    }

    private static boolean disabled(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.isDisabled();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha())) {
            MessageDigest d = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.digest());
        }
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
