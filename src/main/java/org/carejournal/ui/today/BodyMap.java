package org.carejournal.ui.today;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.ui.Styles;

/**
 * Front and back outlines of a body; clicking a part marks (or unmarks) pain there. It shares its
 * set with the list of check boxes beside it, which is the way in for the keyboard and screen readers.
 */
final class BodyMap extends HBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ObservableSet<BodyRegion> sites;
    private final List<Shape> regions = new ArrayList<>();

    BodyMap(ObservableSet<BodyRegion> sites) {
        super(24);
        this.sites = sites;
        setId("bodyMap");
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(figure("front", "Front", BodyRegion.RIBS_CHEST, null),
                figure("back", "Back", BodyRegion.UPPER_BACK, BodyRegion.LOWER_BACK));
        sites.addListener((SetChangeListener<BodyRegion>) c -> refresh());
        refresh();
    }

    /**
     * One outline, 150 × 330 px. The torso is split in two: chest over belly at the front, upper over
     * lower back behind; the belly is not one of the journal's places, so it is not clickable.
     */
    private VBox figure(String side, String title, BodyRegion upperTorso, BodyRegion lowerTorso) {
        Group g = new Group();
        Circle head = new Circle(75, 28, 22);
        head.getStyleClass().add(Styles.BODY_OUTLINE);
        g.getChildren().add(head);
        g.getChildren().add(part(side, upperTorso, 0, 48, 66, 54, 58));
        g.getChildren().add(lowerTorso == null ? outline(50, 124, 50, 42) : part(side, lowerTorso, 0, 50, 124, 50, 42));
        g.getChildren().add(part(side, BodyRegion.PELVIS_HIPS, 0, 46, 166, 58, 30));
        g.getChildren().add(part(side, BodyRegion.NECK, 0, 65, 48, 20, 20));
        g.getChildren().add(part(side, BodyRegion.SHOULDERS, 1, 28, 64, 34, 24));
        g.getChildren().add(part(side, BodyRegion.SHOULDERS, 2, 88, 64, 34, 24));
        g.getChildren().add(part(side, BodyRegion.ARMS, 1, 16, 90, 24, 122));
        g.getChildren().add(part(side, BodyRegion.ARMS, 2, 110, 90, 24, 122));
        g.getChildren().add(part(side, BodyRegion.LEGS, 1, 48, 198, 25, 128));
        g.getChildren().add(part(side, BodyRegion.LEGS, 2, 77, 198, 25, 128));
        Label caption = new Label(title);
        caption.getStyleClass().add(Styles.HINT);
        VBox box = new VBox(4, g, caption);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private Shape part(String side, BodyRegion region, int n, double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(Math.min(w, 18));
        r.setArcHeight(Math.min(w, 18));
        r.setId("body-" + side + "-" + region.name().toLowerCase() + (n == 0 ? "" : "-" + n));
        r.getStyleClass().add(Styles.BODY_REGION);
        r.setUserData(region);
        r.setAccessibleText(region.label());
        Tooltip.install(r, new Tooltip(region.label()));
        r.setOnMouseClicked(e -> toggle(region));
        regions.add(r);
        return r;
    }

    private static Shape outline(double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(18);
        r.setArcHeight(18);
        r.getStyleClass().add(Styles.BODY_OUTLINE);
        return r;
    }

    private void toggle(BodyRegion region) {
        if (!sites.remove(region)) sites.add(region);
    }

    private void refresh() {
        for (Shape s : regions) s.pseudoClassStateChanged(SELECTED, sites.contains((BodyRegion) s.getUserData()));
    }
}
