package org.carejournal.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carejournal.app.JournalSession;
import org.carejournal.app.SampleJournal;
import org.carejournal.report.summary.Audience;
import org.carejournal.report.summary.Period;
import org.carejournal.report.summary.Section;
import org.carejournal.report.summary.SummaryService;
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

/** Drives the real Summary screen on the sample journal: the preview, the presets, saving, cancelling, printing. */
@ExtendWith(ApplicationExtension.class)
class SummaryScreenTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    static Path dir;

    JournalSession session;
    SummaryViewModel vm;
    final List<Integer> printedPages = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = Files.createTempFile(dir, "sample", ".db");
        Files.delete(file);
        SampleJournal.write(file, TODAY);
        session = JournalSession.open(file);
        long person = session.people().all().get(0).id();
        session.questions().add(person, "Is the rise in my PSA something to act on?", null, TODAY);
        vm = new SummaryViewModel(new SummaryService(session.summaryPorts(), CLOCK), session.appointments(),
                doc -> {
                    printedPages.add(doc.getNumberOfPages());
                    return true;
                }, person, Async.direct(), CLOCK);
        Scene scene = new Scene(new SummaryView(vm), 1300, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1300);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theScreenShowsThePagesAsTheyWillPrint(FxRobot robot) {
        assertThat(vm.pages()).isNotEmpty();
        assertThat(robot.lookup("#summaryPages .image-view").queryAll()).hasSize(vm.pages().size());
        assertThat(robot.lookup("#summaryStatus").queryLabeled().getText()).contains("pages");
        // The sample's last appointment was before today, so the period starts there.
        assertThat(vm.periodTextProperty().get()).endsWith("25 Nov 2026");
    }

    @Test
    void aPresetPicksItsSectionsAndTickingOneMakesTheChoiceCustom(FxRobot robot) {
        robot.interact(() -> robot.lookup("#audience").<Audience>queryComboBox().setValue(Audience.DENTIST));
        assertThat(vm.sections()).containsExactlyInAnyOrderElementsOf(Audience.DENTIST.sections());
        assertThat(robot.lookup("#section-PSA").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn("#section-PSA");
        assertThat(vm.audienceProperty().get()).isEqualTo(Audience.CUSTOM);
        assertThat(vm.sections()).contains(Section.PSA, Section.BONE_AND_JAW);
    }

    @Test
    void aCustomPeriodShowsItsDates(FxRobot robot) {
        robot.interact(() -> {
            ComboBox<Period> period = robot.lookup("#period").queryComboBox();
            period.setValue(Period.CUSTOM);
            vm.customFromProperty().set(LocalDate.of(2026, 1, 1));
            vm.customToProperty().set(LocalDate.of(2026, 3, 31));
        });
        assertThat(robot.lookup("#customFrom").query().isVisible()).isTrue();
        assertThat(vm.periodTextProperty().get()).isEqualTo("1 Jan 2026 – 31 Mar 2026");
        assertThat(vm.request().from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void savingWritesThePdfAndSaysWhere(FxRobot robot) throws Exception {
        Path out = dir.resolve("summary.pdf");
        robot.interact(() -> vm.save(out));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(out).exists();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Appointment summary", "Robert",
                    "Is the rise in my PSA something to act on?");
        }
        assertThat(vm.statusProperty().get()).isEqualTo("The summary was saved as summary.pdf.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingASaveWritesNothing(FxRobot robot) {
        Path out = dir.resolve("cancelled.pdf");
        // Cancel as soon as the save has started: the same-thread Async runs it to the first check.
        robot.interact(() -> {
            vm.progressProperty().addListener((o, was, now) -> {
                if (now.doubleValue() >= 0) vm.cancel();
            });
            vm.save(out);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(out).doesNotExist();
        assertThat(vm.statusProperty().get()).isEqualTo("Cancelled: no file was written.");
    }

    @Test
    void printingHandsThePagesToThePrinter(FxRobot robot) throws Exception {
        robot.clickOn("#printSummary");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !printedPages.isEmpty());

        assertThat(printedPages).containsExactly(vm.pages().size());
        assertThat(vm.statusProperty().get()).isEqualTo("The summary was sent to the printer.");
    }
}
