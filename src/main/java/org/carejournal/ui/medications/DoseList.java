package org.carejournal.ui.medications;

import java.util.HashMap;
import java.util.List;
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
        int focused = focusedIndex();
        Map<DoseRowModel, DoseRow> kept = new HashMap<>();
        List<Node> children = rows.stream().map(r -> {
            DoseRow node = nodes.containsKey(r) ? nodes.get(r) : new DoseRow(r, doses, () -> focusNextOpen(r));
            kept.put(r, node);
            return (Node) node;
        }).toList();
        nodes.clear();
        nodes.putAll(kept);
        getChildren().setAll(children);
        if (focused >= 0 && !rows.isEmpty() && getScene() != null && !isFocusInside()) {
            nodes.get(rows.get(Math.min(focused, rows.size() - 1))).requestFocus();
        }
    }

    /** After Space marked a dose, the next dose still open takes the focus: a morning's doses in a few key presses. */
    private void focusNextOpen(DoseRowModel from) {
        int i = rows.indexOf(from);
        for (int j = i + 1; j < rows.size(); j++) {
            if (!rows.get(j).recorded()) {
                nodes.get(rows.get(j)).requestFocus();
                return;
            }
        }
    }

    private int focusedIndex() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Map.Entry<DoseRowModel, DoseRow> e : nodes.entrySet()) {
            if (isInside(owner, e.getValue())) return rows.indexOf(e.getKey()) >= 0 ? rows.indexOf(e.getKey()) : indexOf(e.getValue());
        }
        return -1;
    }

    private int indexOf(DoseRow node) {
        return getChildren().indexOf(node);
    }

    private boolean isFocusInside() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        return isInside(owner, this);
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) if (n == parent) return true;
        return false;
    }
}
