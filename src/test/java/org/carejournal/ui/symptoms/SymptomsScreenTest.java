package org.carejournal.ui.symptoms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.ui.symptoms.TrendsData.CLOCK;
import static org.carejournal.ui.symptoms.TrendsData.TODAY;
import static org.carejournal.ui.symptoms.TrendsData.daysAgo;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.charts.PainChartData;
import org.carejournal.ui.charts.RangeChoice;
import org.carejournal.ui.labs.LabsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the real symptoms & pain screen with two weeks of entries and looks at it as a person would. */
@ExtendWith(ApplicationExtension.class)
class SymptomsScreenTest {
    @TempDir
    static Path dir;

    JournalSession session;
    Person person;
    ChartRange range = new ChartRange();
    SymptomsViewModel vm;
    LabsViewModel labs;
    SymptomsView view;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = JournalSession.open(Files.createTempFile(dir, "trends", ".db"));
        person = session.people().create("Test Person");
        TrendsData.fill(session, person.id());
        session.labs().addAll(person.id(), List.of(psa(400, 9), psa(100, 3), psa(20, 4)));
        vm = new SymptomsViewModel(session.checkIns(), session.painLog(), session.symptoms(), session.settings(), session.plan(),
                person.id(), range, Async.direct(), CLOCK);
        labs = new LabsViewModel(session.labs(), session.settings(), session.plan(), person.id(), range, Async.direct(), CLOCK);
        view = new SymptomsView(vm, new SimpleDoubleProperty(12));
        vm.load();
        labs.load();
        Scene scene = new Scene(view, 1300, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    static LabResult psa(int daysAgo, double value) {
        return LabResult.of(LabTest.PSA, daysAgo(daysAgo), LabValue.exact(value));
    }

    @Test
    void hoveringASquareTellsTheDateRatingAndNote(FxRobot robot) {
        HeatmapPane heatmap = robot.lookup("#heatmap").queryAs(HeatmapPane.class);
        int walk = view.shownHeatmap().dayIndex(daysAgo(4));
        Point2D cell = heatmap.cellCentre(0, walk);
        assertThat(heatmap.describeAt(cell.getX(), cell.getY()))
                .isEqualTo("Fri 20 Nov 2026\nBone pain: 5 out of 10\nNote: Walked to the shop");
        Point2D unrated = heatmap.cellCentre(1, view.shownHeatmap().dayIndex(daysAgo(9)));
        assertThat(heatmap.describeAt(unrated.getX(), unrated.getY())).isEqualTo("Sun 15 Nov 2026\nPoor sleep: not rated");
        assertThat(heatmap.describeAt(1, 1)).isNull();   // over the symptom names

        robot.moveTo(heatmap.localToScreen(cell));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heatmap.tooltip().isShowing()).isTrue();
        assertThat(heatmap.tooltip().getText()).contains("Walked to the shop");
    }

    @Test
    void aRangeChosenOnOneScreenAppliesToTheOther(FxRobot robot) {
        assertThat(labs.chartDataProperty().get().pointCount()).isEqualTo(3);
        robot.clickOn("#range-custom");
        robot.interact(() -> {
            range.customFromProperty().set(daysAgo(30));
            range.customToProperty().set(TODAY);
        });
        // The labs screen follows: only the PSA from 20 days ago is inside the last 30 days.
        assertThat(labs.chartDataProperty().get().pointCount()).isEqualTo(1);

        // And the other way round: the labs screen's range changes what this screen draws.
        robot.interact(() -> {
            labs.chartRange().customFromProperty().set(daysAgo(3));
        });
        PainChartData chart = view.shownChart();
        assertThat(chart.values(PainChartData.WORST)).containsExactly(8.0, 3.0);
        assertThat(view.shownHeatmap().days()).hasSize(4);
        robot.interact(() -> labs.chartRange().choiceProperty().set(RangeChoice.ALL));
        assertThat(view.shownChart().values(PainChartData.WORST)).containsExactly(6.0, 4.0, 7.0, 2.0, 8.0, 3.0);
        assertThat(view.shownHeatmap().days()).hasSize(11);
    }

    @Test
    void theTreatmentLineIsShownOnBothScreensWithoutCountingAsThePersonsChoice(FxRobot robot) {
        session.settings().setTreatmentStart(person.id(), daysAgo(5));
        robot.interact(vm::load);
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.SINCE_TREATMENT);
        assertThat(range.chosenByPersonProperty().get()).isFalse();
        assertThat(robot.lookup("#range-since_treatment").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#range-all").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(view.shownHeatmap().days()).hasSize(6);

        robot.clickOn("#range-all");
        assertThat(range.chosenByPersonProperty().get()).isTrue();
        robot.interact(labs::load);   // the labs screen opened later keeps the person's choice
        assertThat(range.choiceProperty().get()).isEqualTo(RangeChoice.ALL);
        assertThat(labs.chartDataProperty().get().pointCount()).isEqualTo(3);
    }

    @Test
    void comparisonsAreShownInPlainSentences(FxRobot robot) {
        assertThat(texts(robot.lookup("#comparison7").queryAs(VBox.class)))
                .contains("Getting worse: Bone pain, Poor sleep.");
        assertThat(texts(robot.lookup("#comparison30").queryAs(VBox.class)))
                .contains("Not enough entries from the 30 days before to compare.");
        assertThat(robot.lookup("#trendsEmpty").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void withoutCheckInsASentenceSaysWhereTrendsWillAppear(FxRobot robot) {
        SymptomsViewModel none = new SymptomsViewModel(session.checkIns(), session.painLog(), session.symptoms(),
                session.settings(), session.plan(), session.people().create("Nobody yet").id(), new ChartRange(),
                Async.direct(), CLOCK);
        robot.interact(() -> {
            stage.getScene().setRoot(new SymptomsView(none, new SimpleDoubleProperty(12)));
            none.load();
        });
        Label empty = robot.lookup("#trendsEmpty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("Your trends will appear here after your first check-ins.");
        // The chart itself is not hidden, but the part of the page holding it is.
        Node chart = robot.lookup("#painChart").queryAs(Node.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(shownOnPage(chart)).isFalse();
    }

    /** Whether the node and every node around it are visible. */
    private static boolean shownOnPage(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    @Test
    void theHeatmapGrowsWithTheLargestTextSize(FxRobot robot) {
        HeatmapPane heatmap = robot.lookup("#heatmap").queryAs(HeatmapPane.class);
        double before = heatmap.cellCentre(1, 0).getY() - heatmap.cellCentre(0, 0).getY();
        robot.interact(() -> {
            view.getStyleClass().add("text-largest");
            view.applyCss();
            view.layout();
        });
        double after = heatmap.cellCentre(1, 0).getY() - heatmap.cellCentre(0, 0).getY();
        assertThat(after).isGreaterThan(before * 1.3);   // 21 px against 14 px text
        Label title = robot.lookup(".page-title").queryAs(Label.class);
        assertThat(title.getFont().getSize()).isGreaterThan(30);
    }

    private static List<String> texts(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
