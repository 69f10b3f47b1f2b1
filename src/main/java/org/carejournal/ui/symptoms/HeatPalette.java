package org.carejournal.ui.symptoms;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Colours of the symptom heatmap. Ratings run from very light yellow (0) to dark purple (10) along the
 * "magma" scale: it darkens steadily, so it reads for colour-blind people and in greyscale print.
 * Days without a rating are light grey with a diagonal line, so "not rated" never looks like "0".
 * The canvas cannot read CSS colour variables, so these live here rather than in app.css.
 */
final class HeatPalette {
    private static final Color[] RATING = {
            Color.web("#fcfdbf"), Color.web("#fed89b"), Color.web("#feb27c"), Color.web("#fb8c66"),
            Color.web("#f2685e"), Color.web("#de4968"), Color.web("#bf3b76"), Color.web("#9d2f7e"),
            Color.web("#7c2381"), Color.web("#5c187d"), Color.web("#3b0f70")};
    static final Color MISSING = Color.web("#eef0f3");
    static final Color MISSING_LINE = Color.web("#b9bfc8");
    static final Color TEXT = Color.web("#1f2328");
    static final Color RULE = Color.web("#8a9099");

    private HeatPalette() {}

    static Color of(int rating) {
        return RATING[rating];
    }

    /** Draws one cell: its colour, or the grey "not rated" look when {@code rating} is negative. */
    static void cell(GraphicsContext g, double x, double y, double w, double h, int rating) {
        if (rating >= 0) {
            g.setFill(of(rating));
            g.fillRect(x, y, w, h);
            return;
        }
        g.setFill(MISSING);
        g.fillRect(x, y, w, h);
        if (w >= 5) {
            g.setStroke(MISSING_LINE);
            g.setLineWidth(1);
            g.strokeLine(x + 0.5, y + h - 0.5, x + w - 0.5, y + 0.5);
        }
    }
}
