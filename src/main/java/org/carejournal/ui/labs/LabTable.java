package org.carejournal.ui.labs;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.carejournal.domain.LabResult;
import org.carejournal.ui.Styles;

/** The results of the shown test: sortable; edit, delete (with Undo) and leave out from here. */
final class LabTable extends VBox {
    private final TableView<LabResult> table = new TableView<>();

    LabTable(LabsViewModel vm) {
        setSpacing(6);
        table.setId("labTable");
        table.setAccessibleText("Results of the chosen test");
        table.getStyleClass().add(Styles.RESULTS_TABLE);
        SortedList<LabResult> sorted = new SortedList<>(vm.results());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No results for this test yet. Add one above, or import a file from your lab portal.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);

        TableColumn<LabResult, java.time.LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setSortType(TableColumn.SortType.DESCENDING);
        date.setPrefWidth(120);
        TableColumn<LabResult, Double> value = new TableColumn<>("Result");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value().value()));
        value.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                LabResult r = empty ? null : getTableRow().getItem();
                setText(r == null ? null : r.value().display() + " " + r.test().canonicalUnit().symbol());
            }
        });
        value.setPrefWidth(130);
        TableColumn<LabResult, String> entered = text("As entered", r -> r.enteredText() + " " + r.enteredUnit());
        TableColumn<LabResult, String> lab = text("Lab", LabResult::lab);
        TableColumn<LabResult, String> used = text("In trend", r -> r.excluded() ? "Left out by you"
                : r.value().censored() ? "Below detection limit" : "Used");
        TableColumn<LabResult, String> note = text("Note", LabResult::note);
        table.getColumns().addAll(java.util.List.of(date, value, entered, lab, used, note));
        table.getSortOrder().add(date);

        table.setRowFactory(t -> {
            TableRow<LabResult> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.form().edit(row.getItem());
                }
            });
            return row;
        });
        MenuItem editItem = new MenuItem("Change…");
        editItem.setOnAction(e -> withSelected(vm.form()::edit));
        MenuItem deleteItem = new MenuItem("Delete");
        deleteItem.setOnAction(e -> withSelected(vm::delete));
        MenuItem toggleItem = new MenuItem("Leave out of the trend / use again");
        toggleItem.setOnAction(e -> withSelected(vm::toggleExcluded));
        table.setContextMenu(new ContextMenu(editItem, toggleItem, deleteItem));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) withSelected(vm::delete);
            if (e.getCode() == KeyCode.ENTER) withSelected(vm.form()::edit);
        });

        Button edit = button("Change…", "editResult", () -> withSelected(vm.form()::edit));
        Button toggle = button("Leave out / use again", "toggleExcluded", () -> withSelected(vm::toggleExcluded));
        Button delete = button("Delete", "deleteResult", () -> withSelected(vm::delete));
        for (Button b : new Button[] {edit, toggle, delete}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        // Columns at least as wide as their words at the chosen text size: at 200 % the table scrolls
        // sideways rather than cutting dates and values short.
        double[] ems = {7, 7.5, 7.5, 11, 12.5, 6};
        for (int i = 0; i < ems.length; i++) {
            double em = ems[i];
            table.getColumns().get(i).minWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> edit.getFont().getSize() * em, edit.fontProperty()));
        }
        Label title = new Label("Results");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        HBox actions = new HBox(8, title, new javafx.scene.layout.Region(), edit, toggle, delete);
        HBox.setHgrow(actions.getChildren().get(1), Priority.ALWAYS);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(actions, table);
    }

    private void withSelected(java.util.function.Consumer<LabResult> action) {
        LabResult r = table.getSelectionModel().getSelectedItem();
        if (r != null) action.accept(r);
    }

    private static TableColumn<LabResult, String> text(String name, java.util.function.Function<LabResult, String> f) {
        TableColumn<LabResult, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        return c;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
