package org.carejournal.ui.charts;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.carejournal.charts.TimelineLanes;
import org.carejournal.charts.TreatmentTimeline;

/**
 * Holds a screen's chart row and keeps it tall enough for the medicine lanes under the chart: each lane
 * needs a line of text, and the plot above must not shrink to a strip. The row's own style sets its usual
 * minimum; this holder, which has no style of its own, raises it while lanes are shown.
 */
public final class ChartRoom extends StackPane {

    public ChartRoom(Node row) {
        super(row);
    }

    /** Makes room for the lanes of {@code timeline} at {@code fontSize}; none needed without lanes. */
    public void fit(TreatmentTimeline timeline, double fontSize) {
        double least = TimelineLanes.minimumHeight(timeline, fontSize);
        setMinHeight(least < 0 ? Region.USE_COMPUTED_SIZE : least);
    }
}
