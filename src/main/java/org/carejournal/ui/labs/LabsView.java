package org.carejournal.ui.labs;

import org.carejournal.ui.LearnContext;
import org.carejournal.library.LearnSignal;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.domain.LabTest;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.Styles;
import org.carejournal.ui.charts.ChartRoom;
import org.carejournal.charts.LabChartData;
import org.carejournal.ui.charts.RangeBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The PSA and labs screen: chart with kinetics beside it, the entry form, the results table. */
public final class LabsView extends BorderPane implements LearnContext {
    private final LabsViewModel vm;
    private final LabChartPane chart;
    private final KineticsPanel kinetics = new KineticsPanel();
    private boolean shownBefore;

    /**
     * @param openImport     opens the CSV import for this journal (the shell owns dialogs)
     * @param chartFontSize  chart label size in points, following the chosen text size
     */
    public LabsView(LabsViewModel vm, Runnable openImport, ObservableDoubleValue chartFontSize) {
        this.vm = vm;
        setId("labsView");
        this.chart = new LabChartPane(vm::toggleExcluded);
        setPadding(new Insets(12));

        Label title = new Label("PSA & labs");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Button importCsv = new Button("Import from file…", new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        importCsv.setId("importCsv");
        importCsv.setOnAction(e -> openImport.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(12, title, gap, importCsv);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label startNote = new Label();
        startNote.setId("treatmentStartNote");
        startNote.getStyleClass().add(Styles.HINT);
        startNote.setWrapText(true);
        startNote.textProperty().bind(vm.treatmentStartNoteProperty());
        setTop(new VBox(8, heading, toolbar(), startNote));

        // Chart with its kinetics beside it above; form and results below, across the full width.
        ScrollPane side = new ScrollPane(kinetics);
        side.setFitToWidth(true);
        side.setId("kineticsScroll");
        side.setMinWidth(280);
        SplitPane top = new SplitPane(chart, side);
        top.setDividerPositions(0.7);
        top.getStyleClass().add(Styles.CHART_ROW);
        SplitPane.setResizableWithParent(side, false);
        LabTable table = new LabTable(vm);
        ChartRoom room = new ChartRoom(top);
        VBox split = new VBox(10, room, new LabEntryForm(vm), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(room, Priority.ALWAYS);
        // At large text sizes on a small screen the parts keep a usable size and the page scrolls.
        ScrollPane page = new ScrollPane(split);
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.getStyleClass().add("edge-to-edge");
        BorderPane.setMargin(page, new Insets(8, 0, 8, 0));
        setCenter(page);
        setBottom(statusBar());

        vm.chartDataProperty().addListener((obs, old, data) -> {
            chart.show(data, chartFontSize.get());
            room.fit(data == null ? null : data.timeline(), chartFontSize.get());
            kinetics.show(data);
        });
        chartFontSize.addListener(obs -> {
            LabChartData data = vm.chartDataProperty().get();
            chart.show(data, chartFontSize.get());
            room.fit(data == null ? null : data.timeline(), chartFontSize.get());
        });

        // The plan (its medicines and treatment lines) is changed on another screen: read it again each time
        // this screen comes back into view.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            if (shownBefore) vm.load();
            shownBefore = true;
        });
    }

    private FlowPane toolbar() {
        ComboBox<LabTest> test = new ComboBox<>(FXCollections.observableArrayList(LabTest.values()));
        test.setId("testChoice");
        test.getStyleClass().add(Styles.VIEW_ONLY);
        test.valueProperty().bindBidirectional(vm.testProperty());

        DatePicker start = DatePickers.create("treatmentStart", "Not set");
        start.setValue(vm.treatmentStartProperty().get());
        vm.treatmentStartProperty().addListener((obs, old, now) -> start.setValue(now));
        start.valueProperty().addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(now, vm.treatmentStartProperty().get())) vm.setTreatmentStart(now);
        });
        start.setTooltip(new javafx.scene.control.Tooltip("The day the current treatment began. Baseline and nadir are counted from it."));
        // With treatment lines in the plan, the current line's start is used: the date is shown, not edited here.
        start.disableProperty().bind(vm.currentLineProperty().isNotNull());

        FlowPane bar = new FlowPane(14, 8, labelled("Test", test), new RangeBar(vm.chartRange(), vm.treatmentStartProperty()),
                labelled("Current treatment started", start));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Button undo = new Button("Undo");
        undo.setId("undoDelete");
        undo.setOnAction(e -> vm.undoDelete());
        undo.visibleProperty().bind(vm.lastDeletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, status, undo, gap);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.UNDO_BAR);
        return bar;
    }

    private static HBox labelled(String text, javafx.scene.Node node) {
        Label l = new Label(text);
        l.setLabelFor(node);   // a screen reader names the control by it
        HBox box = new HBox(6, l, node);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The chart as drawn now, for tests. */
    public LabChartData shownChart() {
        return chart.data();
    }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }
}
