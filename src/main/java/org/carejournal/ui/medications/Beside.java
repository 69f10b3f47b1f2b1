package org.carejournal.ui.medications;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Words with their buttons beside them, on the right, while both fit at their natural width; in a narrow
 * window or at the largest text size the buttons go under the words instead of squeezing them into a
 * column of single letters.
 */
final class Beside extends Region {
    private static final double GAP = 12;
    private final Region main;
    private final FlowPane side;

    Beside(Region main, FlowPane side) {
        this.main = main;
        this.side = side;
        getChildren().addAll(main, side);
    }

    private boolean fits(double width) {
        return main.prefWidth(-1) + GAP + sideWidth() <= width;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(main.minWidth(-1), side.minWidth(-1)) + sideInsets();
    }

    @Override
    protected double computePrefWidth(double height) {
        return main.prefWidth(-1) + GAP + sideWidth() + sideInsets();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - sideInsets();
        double h;
        if (fits(inner)) {
            double sideWidth = sideWidth();
            h = Math.max(main.prefHeight(inner - GAP - sideWidth), side.prefHeight(sideWidth));
        } else {
            h = main.prefHeight(inner) + GAP / 2 + side.prefHeight(inner);
        }
        return h + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - sideInsets();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (fits(w)) {
            double sideWidth = sideWidth();
            layoutInArea(main, x, y, w - GAP - sideWidth, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(side, x + w - sideWidth, y, sideWidth, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double mainHeight = main.prefHeight(w);
            layoutInArea(main, x, y, w, mainHeight, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(side, x, y + mainHeight + GAP / 2, w, h - mainHeight - GAP / 2, 0, HPos.RIGHT, VPos.TOP);
        }
    }

    /** The buttons in one line (a FlowPane's own preferred width is its wrap length, not its content). */
    private double sideWidth() {
        double w = side.getInsets().getLeft() + side.getInsets().getRight();
        int n = 0;
        for (Node c : side.getChildren()) {
            if (!c.isManaged()) continue;
            w += Math.ceil(c.prefWidth(-1));   // rounded up as the layout snaps, or the last button wraps
            n++;
        }
        return Math.ceil(w + Math.max(0, n - 1) * side.getHgap()) + 1;
    }

    private double sideInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
