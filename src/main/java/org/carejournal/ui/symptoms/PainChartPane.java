package org.carejournal.ui.symptoms;

import javafx.scene.layout.StackPane;
import org.carejournal.ui.Styles;
import org.carejournal.charts.PainChartData;
import org.carejournal.charts.PainChartFactory;
import org.jfree.chart.fx.ChartViewer;

/** The JFreeChart viewer for the pain chart. Node id {@code painChart}. */
final class PainChartPane extends StackPane {
    private final ChartViewer viewer = new ChartViewer(null);
    private PainChartData data;

    PainChartPane() {
        setId("painChart");
        getStyleClass().add(Styles.CHART_PANE);
        getChildren().add(viewer);
    }

    void show(PainChartData newData, double fontSize) {
        if (newData == null) return;   // not loaded yet (the viewer refuses a null chart)
        this.data = newData;
        viewer.setChart(PainChartFactory.create(newData, (float) fontSize));
    }

    /** The data now drawn (tests read the chart through this). */
    PainChartData data() {
        return data;
    }
}
