package org.carejournal.ui.symptoms;

import org.carejournal.ui.LearnContext;
import org.carejournal.library.LearnSignal;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.carejournal.analysis.SymptomHeatmap;
import org.carejournal.ui.Styles;
import org.carejournal.charts.PainChartData;
import org.carejournal.ui.charts.ChartRoom;
import org.carejournal.ui.charts.RangeBar;

/**
 * The symptoms and pain trends screen: the range buttons (shared with PSA & labs), the pain chart with
 * the period comparison beside it, and the symptom heatmap below. Node id {@code symptomsView}.
 */
public final class SymptomsView extends BorderPane implements LearnContext {
    private final SymptomsViewModel vm;
    private final PainChartPane chart = new PainChartPane();
    private final ComparisonPanel comparison = new ComparisonPanel();
    private final HeatmapPane heatmap = new HeatmapPane();
    private boolean shownBefore;

    /** @param chartFontSize chart label size in points, following the chosen text size */
    public SymptomsView(SymptomsViewModel vm, ObservableDoubleValue chartFontSize) {
        this.vm = vm;
        setId("symptomsView");
        setPadding(new Insets(12));

        Label title = new Label("Symptoms & pain");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        FlowPane toolbar = new FlowPane(14, 8, new RangeBar(vm.chartRange(), vm.treatmentStartProperty()));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(8, title, toolbar));

        Label empty = new Label("Your trends will appear here after your first check-ins. Each day you rate your "
                + "symptoms or note your pain adds to the charts, so changes are easy to see and to show your care team.");
        empty.setId("trendsEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().addAll(Styles.CARD, Styles.EMPTY_STATE);
        empty.visibleProperty().bind(vm.emptyProperty());
        empty.managedProperty().bind(empty.visibleProperty());

        ScrollPane side = new ScrollPane(comparison);
        side.setFitToWidth(true);
        side.setId("comparisonScroll");
        side.setMinWidth(280);
        SplitPane top = new SplitPane(chart, side);
        top.setDividerPositions(0.62);
        top.getStyleClass().add(Styles.CHART_ROW);
        SplitPane.setResizableWithParent(side, false);

        Label heatTitle = new Label("Symptoms day by day");
        heatTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label heatHint = new Label("Darker squares mean a worse day. Point at a square to see the date, the rating and that day's note.");
        heatHint.setWrapText(true);
        heatHint.getStyleClass().add(Styles.HINT);
        VBox heatCard = new VBox(8, heatTitle, heatHint, heatmap);
        heatCard.getStyleClass().add(Styles.CARD);

        ChartRoom room = new ChartRoom(top);
        VBox content = new VBox(10, room, heatCard);
        VBox.setVgrow(room, Priority.ALWAYS);
        content.visibleProperty().bind(vm.emptyProperty().not());
        content.managedProperty().bind(content.visibleProperty());

        // At large text sizes on a small screen the parts keep a usable size and the page scrolls.
        ScrollPane page = new ScrollPane(new VBox(10, empty, content));
        page.setFitToWidth(true);
        page.getStyleClass().add("edge-to-edge");
        BorderPane.setMargin(page, new Insets(8, 0, 8, 0));
        setCenter(page);

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.FIELD_ERROR);
        status.textProperty().bind(vm.statusProperty());
        setBottom(status);

        Runnable showChart = () -> {
            PainChartData data = vm.painChartProperty().get();
            chart.show(data, chartFontSize.get());
            room.fit(data == null ? null : data.timeline(), chartFontSize.get());
        };
        vm.painChartProperty().addListener(obs -> showChart.run());
        chartFontSize.addListener(obs -> showChart.run());
        vm.heatmapProperty().addListener((obs, old, map) -> heatmap.show(map));
        vm.comparison7Property().addListener(obs -> showComparison());
        vm.comparison30Property().addListener(obs -> showComparison());
        showChart.run();
        heatmap.show(vm.heatmapProperty().get());
        showComparison();

        // Check-ins are made on another screen: read them again each time this screen comes back into view.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            if (shownBefore) vm.load();
            shownBefore = true;
        });
    }

    private void showComparison() {
        comparison.show(vm.comparison7Property().get(), vm.comparison30Property().get());
    }

    /** The pain chart data as drawn now, for tests. */
    public PainChartData shownChart() {
        return chart.data();
    }

    /** The heatmap node (its {@link HeatmapPane#describeAt} gives a cell's tooltip text). */
    public HeatmapPane heatmap() {
        return heatmap;
    }

    /** The heatmap data as drawn now, for tests. */
    SymptomHeatmap shownHeatmap() {
        return vm.heatmapProperty().get();
    }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }
}
