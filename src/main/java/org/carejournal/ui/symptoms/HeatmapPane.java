package org.carejournal.ui.symptoms;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.carejournal.analysis.SymptomHeatmap;
import org.carejournal.ui.Styles;

/**
 * The symptom heatmap with its scroll bar (when the days do not fit), its legend, and a tooltip that
 * follows the mouse over the squares. Node id {@code heatmap}.
 */
public final class HeatmapPane extends VBox {
    private final HeatmapGrid grid = new HeatmapGrid();
    private final ScrollBar scroll = new ScrollBar();
    private final Tooltip tip = new Tooltip();
    private final Label noSymptoms = new Label("No symptoms to show: every symptom is hidden from the check-in.");

    HeatmapPane() {
        setId("heatmap");
        setSpacing(6);
        grid.setId("heatmapGrid");
        scroll.setOrientation(Orientation.HORIZONTAL);
        scroll.setId("heatmapScroll");
        scroll.managedProperty().bind(scroll.visibleProperty());
        scroll.setVisible(false);
        grid.visibleColumnsProperty().addListener(obs -> syncScroll());
        grid.firstColumnProperty().addListener(obs -> scroll.setValue(grid.firstColumnProperty().get()));
        scroll.valueProperty().addListener((obs, old, now) -> {
            if (now.intValue() != grid.firstColumnProperty().get()) grid.scrollTo((int) Math.round(now.doubleValue()));
        });
        noSymptoms.getStyleClass().add(Styles.HINT);
        noSymptoms.setWrapText(true);
        noSymptoms.managedProperty().bind(noSymptoms.visibleProperty());
        noSymptoms.setVisible(false);

        tip.getStyleClass().add(Styles.HEATMAP_TIP);
        tip.setWrapText(true);
        grid.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        grid.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        // Sideways scrolling (trackpad, shift + wheel) moves through the days; up and down still scrolls the page.
        grid.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaX() == 0) return;
            grid.scrollTo(grid.firstColumnProperty().get() - (int) Math.signum(e.getDeltaX()) * 7);
            e.consume();
        });
        getChildren().addAll(noSymptoms, grid, scroll, legend());
    }

    void show(SymptomHeatmap map) {
        grid.show(map);
        noSymptoms.setVisible(map != null && map.symptoms().isEmpty());
        syncScroll();
    }

    private void syncScroll() {
        SymptomHeatmap map = grid.map();
        int columns = grid.visibleColumnsProperty().get();
        int hidden = map == null ? 0 : Math.max(0, map.dayCount() - columns);
        scroll.setVisible(hidden > 0);
        scroll.setMin(0);
        scroll.setMax(hidden);
        scroll.setVisibleAmount(Math.max(1, columns));
        scroll.setUnitIncrement(1);
        scroll.setBlockIncrement(Math.max(1, columns - 1));
        scroll.setValue(grid.firstColumnProperty().get());
    }

    private void hover(MouseEvent e) {
        String text = grid.describeAt(e.getX(), e.getY());
        if (text == null) {
            tip.hide();
            return;
        }
        tip.setText(text);
        // Shown at once and beside the pointer, not after the usual delay: the person is reading the squares.
        if (tip.isShowing()) {
            tip.setAnchorX(e.getScreenX() + 16);
            tip.setAnchorY(e.getScreenY() + 16);
        } else {
            tip.show(grid, e.getScreenX() + 16, e.getScreenY() + 16);
        }
    }

    private FlowPane legend() {
        HBox swatches = new HBox(0);
        for (int r = 0; r <= 10; r++) swatches.getChildren().add(swatch(r));
        Label low = new Label("0 none");
        Label high = new Label("10 worst");
        Label missing = new Label("not rated");
        for (Label l : List.of(low, high, missing)) l.setMinWidth(Region.USE_PREF_SIZE);   // never "0 n…"
        FlowPane legend = new FlowPane(8, 4, low, swatches, high, spacer(), swatch(-1), missing);
        legend.setId("heatmapLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private static Region spacer() {
        Region r = new Region();
        r.getStyleClass().add(Styles.LEGEND_GAP);
        return r;
    }

    /** One legend square, drawn like the grid's cells and sized in em by app.css. */
    private static StackPane swatch(int rating) {
        Canvas c = new Canvas();
        StackPane box = new StackPane(c);
        box.getStyleClass().add(Styles.HEAT_SWATCH);
        Runnable paint = () -> {
            c.setWidth(box.getWidth());
            c.setHeight(box.getHeight());
            HeatPalette.cell(c.getGraphicsContext2D(), 0, 0, box.getWidth(), box.getHeight(), rating);
        };
        box.widthProperty().addListener(obs -> paint.run());
        box.heightProperty().addListener(obs -> paint.run());
        return box;
    }

    /**
     * The tooltip text for the point ({@code x}, {@code y}) of this pane: date, symptom, rating and the
     * day's note, or null when no cell is there. Tests use it with {@link #cellCentre}.
     */
    public String describeAt(double x, double y) {
        Point2D p = grid.parentToLocal(x, y);
        return grid.describeAt(p.getX(), p.getY());
    }

    /** Where a cell's middle is in this pane, or null when its day is scrolled out of view. */
    public Point2D cellCentre(int symptomIndex, int dayIndex) {
        Point2D p = grid.cellCentre(symptomIndex, dayIndex);
        return p == null ? null : grid.localToParent(p);
    }

    /** The tooltip, for tests that hover over the grid. */
    Tooltip tooltip() {
        return tip;
    }
}
