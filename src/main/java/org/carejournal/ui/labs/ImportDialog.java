package org.carejournal.ui.labs;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.carejournal.report.DateOrder;
import org.carejournal.report.PreviewRow;
import org.carejournal.ui.Styles;

/** The import window: choose a CSV file, read the preview, import all rows or none. */
public final class ImportDialog {
    private ImportDialog() {}

    public static Stage create(Window owner, ImportViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Care Journal – import lab results");
        Scene scene = new Scene(content(stage, vm), 900, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        return stage;
    }

    static BorderPane content(Stage stage, ImportViewModel vm) {
        Label intro = new Label("Choose a CSV file from your lab portal or a spreadsheet. It needs columns for the date, "
                + "the test and the value; unit, lab and note are optional. Nothing is saved until you press Import.");
        intro.setWrapText(true);
        Button choose = new Button("Choose a file…");
        choose.setId("importChoose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File f = chooser.showOpenDialog(stage);
            if (f != null) vm.choose(f.toPath());
        });
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "No file chosen" : vm.fileProperty().get().toString(), vm.fileProperty()));

        ToggleGroup order = new ToggleGroup();
        RadioButton dmy = radio("Day first (31/12/2024)", DateOrder.DMY, order, "orderDmy");
        RadioButton mdy = radio("Month first (12/31/2024)", DateOrder.MDY, order, "orderMdy");
        order.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != vm.dateOrderProperty().get()) vm.useDateOrder((DateOrder) now.getUserData());
        });
        vm.dateOrderProperty().addListener((obs, old, now) -> {
            if (now == null) order.selectToggle(null);
        });
        HBox orderBox = new HBox(12, new Label("Dates in this file are written:"), dmy, mdy);
        orderBox.setAlignment(Pos.CENTER_LEFT);
        orderBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.dateOrderProperty().get() != null
                || (vm.previewProperty().get() != null && vm.previewProperty().get().needsDateOrder()),
                vm.previewProperty(), vm.dateOrderProperty()));
        orderBox.managedProperty().bind(orderBox.visibleProperty());

        TableView<PreviewRow> table = new TableView<>(vm.rows());
        table.setId("importPreview");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The rows of the chosen file appear here."));
        table.getColumns().addAll(java.util.List.of(
                column("Row", r -> String.valueOf(r.rowNumber()), 60),
                column("Status", r -> switch (r.status()) {
                    case OK -> "OK";
                    case DUPLICATE -> "Duplicate";
                    case ERROR -> "Error";
                }, 90),
                column("Date", r -> r.result() == null ? "" : r.result().date().toString(), 110),
                column("Test", r -> r.result() == null ? "" : r.result().test().displayName(), 150),
                column("Value", r -> r.result() == null ? "" : r.result().enteredText() + " " + r.result().enteredUnit(), 110),
                column("Problem / line", r -> r.reason().isEmpty() ? r.rawLine() : r.reason(), 300)));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Button doImport = new Button("Import");
        doImport.setId("importConfirm");
        doImport.setDefaultButton(true);
        doImport.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.previewProperty().get() == null || !vm.previewProperty().get().canImport(), vm.previewProperty()));
        doImport.setOnAction(e -> vm.importRows());
        Button close = new Button("Close");
        close.setId("importClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, doImport, close);

        HBox chooseRow = new HBox(10, choose, file);
        chooseRow.setAlignment(Pos.CENTER_LEFT);
        VBox center = new VBox(10, intro, chooseRow, orderBox, table, message);
        BorderPane root = new BorderPane(center);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.getStyleClass().add(Styles.CARD);
        return root;
    }

    private static RadioButton radio(String text, DateOrder order, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text);
        b.setUserData(order);
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }

    private static TableColumn<PreviewRow, String> column(String name, java.util.function.Function<PreviewRow, String> f, double width) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
