package org.carejournal.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
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
    private static final String GUARDED = ReviewLock.class.getName() + ".guarded";
    private static final String HOLDER = ReviewLock.class.getName() + ".holder";
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
        // A table's menu (change, delete) acts on the rows while the table itself stays usable for reading.
        if (root instanceof Control c && c.getContextMenu() != null) c.setContextMenu(null);
        if (root instanceof Parent p) {
            if (p.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
                p.getChildrenUnmodifiable().addListener(ADDED);
            }
            // A copy: disabling may make a skin rebuild its children while this walks them.
            for (Node child : p.getChildrenUnmodifiable().toArray(Node[]::new)) lock(child);
        }
    }

    /**
     * Also stops what changes things through handlers rather than through controls the walk can disable, on its
     * way into {@code screen}: the keys a screen saves or deletes with (see {@link #blocked}), and plain clicks on
     * anything not marked {@link Styles#VIEW_ONLY} (a chart point left out of the trend, a body-map region). Tab,
     * the arrows, the window's shortcuts (Ctrl+1…9, Ctrl+F, Ctrl+P), scrolling, selecting
     * rows and zooming charts (presses and drags) pass, as do buttons, which act on release.
     *
     * <p>The filters sit on the screen's holder (the window's frame), because a screen's own filters (Today's
     * Ctrl+S) would run beside a filter on the screen itself, not after it. Call it once the screen is shown.
     */
    public static void guard(Node screen) {
        Parent holder = screen.getParent();
        if (holder == null) throw new IllegalStateException("A screen is guarded once it is shown");
        screen.getProperties().put(GUARDED, Boolean.TRUE);
        // Its own mark: the holder's other parts (the navigation, the side panel) are not guarded.
        if (holder.getProperties().putIfAbsent(HOLDER, Boolean.TRUE) != null) return;
        holder.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (guarded(e) && blocked(e)) e.consume();
        });
        holder.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (guarded(e) && !viewOnly(e)) e.consume();
        });
    }

    /**
     * Ctrl+S saves, whatever has the focus. Enter saves too on a screen such as Today, except in a text field
     * marked view-only itself (the library's search), where it searches. Delete, Backspace and Space change
     * things except on what is view-only (a day button, the search text).
     */
    private static boolean blocked(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.S && e.isShortcutDown()) return true;
        if (code == KeyCode.ENTER) {
            return !(e.getTarget() instanceof TextInputControl t && t.getStyleClass().contains(Styles.VIEW_ONLY));
        }
        return (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE || code == KeyCode.SPACE) && !viewOnly(e);
    }

    /** True when the event's target, or a node holding it, is marked view-only. */
    private static boolean viewOnly(Event e) {
        for (Node at = e.getTarget() instanceof Node n ? n : null; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(Styles.VIEW_ONLY)) return true;
        }
        return false;
    }

    /** True when the event goes into a guarded screen (not the navigation or the side panel beside it). */
    private static boolean guarded(Event e) {
        for (Node at = e.getTarget() instanceof Node n ? n : null; at != null; at = at.getParent()) {
            if (at.getProperties().containsKey(GUARDED)) return true;
        }
        return false;
    }

    /** True for the kinds of control a person changes things with. */
    static boolean edits(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase<?>
                || n instanceof CheckBox || n instanceof Slider || n instanceof Spinner<?>;
    }
}
