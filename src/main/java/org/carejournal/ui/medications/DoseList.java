package org.carejournal.ui.medications;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The rows of a dose list. A row's node is kept while its dose stays in the list, so recording a dose
 * does not take the keyboard focus away; when the focused row leaves (a missed dose once recorded), the
 * focus goes to the row now in its place.
 */
final class DoseList extends VBox {
    private final ObservableList<DoseRowModel> rows;
    private final DoseListModel doses;
    private final Map<DoseRowModel, DoseRow> nodes = new HashMap<>();

    DoseList(ObservableList<DoseRowModel> rows, DoseListModel doses) {
        super(6);
        this.rows = rows;
        this.doses = doses;
        rows.addListener((ListChangeListener<DoseRowModel>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        // Where the focus was, counted in the rows shown before this change.
        int focused = focusedChild();
        Map<DoseRowModel, DoseRow> kept = new HashMap<>();
        for (DoseRowModel r : rows) {
            DoseRow node = nodes.get(r);
            kept.put(r, node != null ? node : new DoseRow(r, doses, () -> focusNextOpen(r)));
        }
        nodes.clear();
        nodes.putAll(kept);
        getChildren().setAll(rows.stream().map(nodes::get).toList());
        if (focused >= 0 && !rows.isEmpty() && getScene() != null && !isInside(getScene().getFocusOwner(), this)) {
            nodes.get(rows.get(Math.min(focused, rows.size() - 1))).requestFocus();
        }
    }

    /** After Space marked a dose, the next dose still open takes the focus: a morning's doses in a few key presses. */
    private void focusNextOpen(DoseRowModel from) {
        int i = rows.indexOf(from);
        if (i < 0) return;   // it left the list (a missed dose): rebuild() has put the focus in its place
        for (int j = i + 1; j < rows.size(); j++) {
            if (!rows.get(j).recorded()) {
                nodes.get(rows.get(j)).requestFocus();
                return;
            }
        }
    }

    private int focusedChild() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (int i = 0; i < getChildren().size(); i++) if (isInside(owner, getChildren().get(i))) return i;
        return -1;
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) if (n == parent) return true;
        return false;
    }
}
