package org.carejournal.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.report.export.ExportFormat;
import org.carejournal.report.export.JournalExport;
import org.carejournal.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog as a person uses it: pick the kind, press export, read where the files went. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    static Path dir;

    JournalSession session;
    Path chosen;
    boolean closed;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = JournalSession.open(Files.createTempFile(dir, "export", ".db"));
        Person p = session.people().create("John Smith");
        JournalExport export = new JournalExport(session.exportSources(), CLOCK);
        ExportViewModel vm = new ExportViewModel((f, t, pr) -> export.write(f, p, t, pr), Runnable::run, Runnable::run);
        Scene scene = new Scene(ExportDialog.content(vm, format -> {
            chosen = format.writesFolder() ? dir.resolve("csv") : dir.resolve(format.suggestedFileName());
            return chosen;
        }, () -> closed = true), 620, 380);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        scene.getStylesheets().add(getClass().getResource(ExportStyles.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void choosingFhirAndExportingSaysWhereTheFileWent(FxRobot robot) {
        robot.clickOn("#export-fhir");
        robot.clickOn("#exportStart");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        assertThat(chosen.getFileName().toString()).isEqualTo(ExportFormat.FHIR.suggestedFileName());
        assertThat(message.getText()).startsWith("Saved " + chosen.toAbsolutePath());
        assertThat(chosen).exists();
    }

    @Test
    void csvGoesIntoAFolder(FxRobot robot) {
        robot.clickOn("#exportStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText()).startsWith("Saved 6 CSV files");
        assertThat(chosen.resolve("labs.csv")).exists();
    }

    @Test
    void closeClosesTheDialog(FxRobot robot) {
        robot.clickOn("#exportClose");
        assertThat(closed).isTrue();
    }
}
