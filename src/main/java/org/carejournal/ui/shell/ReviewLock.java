package org.carejournal.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import org.carejournal.ui.Styles;

/**
 * Review mode's guard on the screens: disables every control that could change the journal (buttons,
 * text fields, choosers, check boxes, sliders, spinners) except those marked {@link Styles#VIEW_ONLY},
 * which only change what is shown. Done on the scene graph rather than screen by screen, so a screen
 * added later is covered without knowing about review; and it follows the graph as screens rebuild
 * their controls (a reload, a table's new cells), by listening to every parent's children.
 */
public final class ReviewLock {
    /** Marks a parent already watched, so walking it again adds no second listener. */
    private static final String WATCHED = ReviewLock.class.getName();
    private static final ListChangeListener<Node> ADDED = change -> {
        while (change.next()) {
            if (change.wasAdded()) change.getAddedSubList().forEach(ReviewLock::lock);
        }
    };

    private ReviewLock() {
    }

    /** Disables the editing controls in {@code root} and in whatever is added under it later. */
    public static void lock(Node root) {
        if (root.getStyleClass().contains(Styles.VIEW_ONLY)) return;   // it and what it holds only change the view
        if (edits(root)) {
            // Some screens bind it (off while saving); review keeps it off for good, and a screen is built
            // anew when review ends, so the binding is not needed again.
            if (root.disableProperty().isBound()) root.disableProperty().unbind();
            root.setDisable(true);   // its own parts (a spinner's field, a picker's button) are disabled with it
            return;
        }
        if (root instanceof Parent p) {
            if (p.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
                p.getChildrenUnmodifiable().addListener(ADDED);
            }
            // A copy: disabling may make a skin rebuild its children while this walks them.
            for (Node child : p.getChildrenUnmodifiable().toArray(Node[]::new)) lock(child);
        }
    }

    /** True for the kinds of control a person changes things with. */
    static boolean edits(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase<?>
                || n instanceof CheckBox || n instanceof Slider || n instanceof Spinner<?>;
    }
}
