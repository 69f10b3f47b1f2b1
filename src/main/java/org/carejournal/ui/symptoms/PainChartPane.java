package org.carejournal.ui.symptoms;

import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.carejournal.analysis.DailyPain;
import org.carejournal.charts.PainChartData;
import org.carejournal.charts.PainChartFactory;
import org.carejournal.ui.Styles;
import org.jfree.chart.fx.ChartViewer;

/**
 * The JFreeChart viewer for the pain chart, and the same days as a table for a person who reads numbers
 * better than lines, or uses a screen reader. Node ids {@code painChart}, {@code painAsTable},
 * {@code painTable}.
 */
final class PainChartPane extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DecimalFormat ONE = new DecimalFormat("0.0");

    private final ChartViewer viewer = new ChartViewer(null);
    private final TableView<DailyPain> table = new TableView<>();
    private PainChartData data;

    PainChartPane() {
        setId("painChart");
        getStyleClass().add(Styles.CHART_PANE);
        viewer.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        viewer.setAccessibleHelp("The same days are listed as a table with the Show as a table button.");
        buildTable();
        ToggleButton asTable = new ToggleButton("Show as a table");
        asTable.getStyleClass().add(Styles.VIEW_ONLY);
        asTable.setId("painAsTable");
        asTable.selectedProperty().addListener((o, was, on) -> {
            setCenter(on ? table : viewer);
            asTable.setText(on ? "Show as a chart" : "Show as a table");
        });
        HBox bar = new HBox(asTable);
        bar.setAlignment(Pos.CENTER_RIGHT);
        setTop(bar);
        setCenter(viewer);
    }

    private void buildTable() {
        table.setId("painTable");
        table.setAccessibleText("Pain by day");
        table.getColumns().add(column("Day", d -> DAY.format(d.date())));
        table.getColumns().add(column(PainChartData.WORST_NAME, d -> d.worst() == null ? "" : d.worst().toString()));
        table.getColumns().add(column(PainChartData.AVERAGE_NAME, d -> d.average() == null ? "" : ONE.format(d.average())));
        table.getColumns().add(column(PainChartData.ROLLING_NAME,
                d -> d.rollingMean7() == null ? "" : ONE.format(d.rollingMean7())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No pain scores in this period."));
    }

    private static TableColumn<DailyPain, String> column(String title, Function<DailyPain, String> value) {
        TableColumn<DailyPain, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    void show(PainChartData newData, double fontSize) {
        if (newData == null) return;   // not loaded yet (the viewer refuses a null chart)
        this.data = newData;
        viewer.setChart(PainChartFactory.create(newData, (float) fontSize));
        viewer.setAccessibleText("Pain chart: worst pain of each day, its 7-day average and the average pain, "
                + newData.dayCount() + " days with a score");
        // Newest first: the days a person asks about are the recent ones.
        List<DailyPain> newestFirst = new ArrayList<>(newData.days());
        Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
    }

    /** The data now drawn (tests read the chart through this). */
    PainChartData data() {
        return data;
    }
}
