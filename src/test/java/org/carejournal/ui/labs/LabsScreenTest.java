package org.carejournal.ui.labs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.report.LabCsvImport;
import org.carejournal.report.PreviewRow;
import org.carejournal.report.RowStatus;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.charts.LabChartData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real PSA & labs screen on a real journal file, as a person would. */
@ExtendWith(ApplicationExtension.class)
class LabsScreenTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    static Path dir;

    JournalSession session;
    Person person;
    LabsView view;
    LabsViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = JournalSession.open(Files.createTempFile(dir, "labs", ".db"));
        person = session.people().create("Test Person");
        vm = new LabsViewModel(session.labs(), session.settings(), session.plan(), person.id(), new org.carejournal.ui.charts.ChartRange(), Async.direct(), CLOCK);
        view = new LabsView(vm, () -> {}, new javafx.beans.property.SimpleDoubleProperty(11));
        vm.load();
        Scene scene = new Scene(view, 1300, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void addingAPsaShowsItInTheTableAndTheChartAndSavesIt(FxRobot robot) {
        robot.clickOn("#entryValue").write("4,2");
        robot.clickOn("#entryLab").write("City Lab");
        robot.clickOn("#entrySave");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<LabResult> table = robot.lookup("#labTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.value().value()).isEqualTo(4.2);
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(r.lab()).isEqualTo("City Lab");
        });
        LabChartData chart = view.shownChart();
        assertThat(chart.dataset().getSeries(LabChartData.USED).getItemCount()).isEqualTo(1);
        assertThat(chart.dataset().getSeries(LabChartData.USED).getValue(0).doubleValue()).isEqualTo(4.2);
        assertThat(session.labs().forTest(person.id(), LabTest.PSA)).hasSize(1);
        assertThat(robot.lookup("#entryValue").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void aBadValueShowsAMessageBesideTheFieldAndSavesNothing(FxRobot robot) {
        robot.clickOn("#entryValue").write("abc");
        robot.clickOn("#entrySave");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#entryValueError").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("number");
        assertThat(session.labs().count(person.id())).isZero();
        // What the person typed stays in the field so it can be corrected.
        assertThat(robot.lookup("#entryValue").queryTextInputControl().getText()).isEqualTo("abc");
    }

    @Test
    void aFutureOrImpossibleDateIsRefused(FxRobot robot) {
        retype(robot, "#entryDate", "2026-02-30");
        robot.clickOn("#entryValue").write("3.1");
        robot.clickOn("#entrySave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entryDateError").queryAs(Label.class).getText()).contains("real date");

        retype(robot, "#entryDate", "2027-01-05");
        robot.clickOn("#entrySave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entryDateError").queryAs(Label.class).getText()).contains("future");
        assertThat(session.labs().count(person.id())).isZero();
    }

    /** Clears a text field and types into it, as a person selecting all and typing over would. */
    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().clear());
        robot.write(text);
    }

    @Test
    void deletingCanBeUndone(FxRobot robot) {
        robot.clickOn("#entryValue").write("<0.1");
        robot.clickOn("#entrySave");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LabResult> table = robot.lookup("#labTable").queryTableView();
        long id = table.getItems().get(0).id();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#deleteResult");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(view.shownChart().pointCount()).isZero();

        robot.clickOn("#undoDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.value().censored()).isTrue();
        });
        assertThat(view.shownChart().dataset().getSeries(LabChartData.CENSORED).getItemCount()).isEqualTo(1);
    }

    @Test
    void aTreatmentLineAddedElsewhereIsShownWhenTheScreenComesBackAndItsStartIsNotTypedOver(FxRobot robot) {
        Medication m = session.plan().add(person.id(),
                Medication.draft("abiraterone", "Abiraterone (Zytiga)", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH));
        LocalDate start = LocalDate.of(2026, 10, 5);
        session.plan().addSchedule(Rhythms.daily(m.id(), start, null, List.of(LocalTime.of(8, 0)), "1000 mg"));
        session.plan().addLine(person.id(), new TreatmentLine(0, start, "Abiraterone + prednisone", Set.of(m.id())));
        // As if the person went to the Medications screen and came back.
        robot.interact(() -> {
            Scene scene = view.getScene();
            scene.setRoot(new javafx.scene.layout.Pane());
            scene.setRoot(view);
        });

        DatePicker picker = robot.lookup("#treatmentStart").queryAs(DatePicker.class);
        assertThat(picker.getValue()).isEqualTo(start);
        assertThat(picker.isDisabled()).isTrue();
        assertThat(robot.lookup("#treatmentStartNote").queryAs(Label.class).getText())
                .startsWith("From your medication plan: \"Abiraterone + prednisone\", started 2026-10-05.");
        assertThat(view.shownChart().timeline().rows()).extracting(r -> r.shortName()).containsExactly("Abiraterone");
        assertThat(session.settings().treatmentStart(person.id())).isEmpty();   // nothing was saved by hand
    }

    @Test
    void importPreviewListsEveryRowWithItsStatus(FxRobot robot) throws Exception {
        Path csv = dir.resolve("labs.csv");
        Files.writeString(csv, "Date,Test,Value,Unit\n2026-01-05,PSA,3.5,ng/mL\n2026-02-05,PSA,abc,ng/mL\n");
        ImportViewModel vm = new ImportViewModel(new LabCsvImport(session.labs(), CLOCK), person.id(), Async.direct(), () -> {});
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(ImportDialog.content(stage, vm), 900, 500));
            stage.show();
            vm.choose(csv);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PreviewRow> preview = robot.lookup("#importPreview").queryTableView();
        assertThat(preview.getItems()).extracting(PreviewRow::status).containsExactly(RowStatus.OK, RowStatus.ERROR);
        assertThat(preview.getItems().get(1).rowNumber()).isEqualTo(3);
        assertThat(robot.lookup("#importConfirm").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#importMessage").queryAs(Label.class).getText()).contains("1 error");
        assertThat(session.labs().count(person.id())).isZero();
    }
}
