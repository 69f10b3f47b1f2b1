package org.carejournal.ui.labs;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import org.carejournal.domain.LabResult;
import org.carejournal.ui.Styles;
import org.carejournal.charts.LabChartData;
import org.carejournal.charts.LabChartFactory;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/** The JFreeChart viewer; a click on a PSA point hands its result to {@code onPointClicked}. */
final class LabChartPane extends StackPane {
    private final ChartViewer viewer = new ChartViewer(null);
    private LabChartData data;

    LabChartPane(Consumer<LabResult> onPointClicked) {
        setId("labChart");
        getStyleClass().add(Styles.CHART_PANE);
        getChildren().add(viewer);
        viewer.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        viewer.setAccessibleHelp("The same results are listed in the table on this screen.");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                // Only the PSA points: the medicine bars beneath are items too, of another dataset.
                if (data != null && data.test().isPsa() && event.getEntity() instanceof XYItemEntity item
                        && item.getDataset() == data.dataset()) {
                    onPointClicked.accept(data.resultAt(item.getSeriesIndex(), item.getItem()));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
    }

    void show(LabChartData newData, double fontSize) {
        this.data = newData;
        viewer.setChart(newData == null ? null : LabChartFactory.create(newData, (float) fontSize));
        viewer.setAccessibleText(newData == null ? "Chart" : "Chart of " + newData.test().displayName()
                + " results over time" + (newData.test().isPsa() ? ", on a log scale" : ""));
    }

    /** The data now drawn (tests read the chart through this). */
    LabChartData data() {
        return data;
    }
}
