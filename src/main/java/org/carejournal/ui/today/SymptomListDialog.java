package org.carejournal.ui.today;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.ui.Styles;

/** A small window to choose, order and add the symptoms the check-in asks about. */
public final class SymptomListDialog {
    private SymptomListDialog() {}

    public static Stage create(Window owner, SymptomListModel vm) {
        ListView<Symptom> list = new ListView<>(vm.symptoms());
        list.setId("symptomList");
        list.setCellFactory(v -> new SymptomCell(vm));
        list.setOnKeyPressed(e -> {
            Symptom s = list.getSelectionModel().getSelectedItem();
            if (s == null) return;
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.move(s, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                vm.setHidden(s, !s.hidden());
                e.consume();
            }
        });
        // Keep the symptom just hidden or moved selected, so it can be moved again: the list is
        // replaced after every change, which clears the selection.
        long[] selectedId = {-1};
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) selectedId[0] = now.id();
        });
        vm.symptoms().addListener((javafx.collections.ListChangeListener<Symptom>) c ->
                vm.symptoms().stream().filter(s -> s.id() == selectedId[0]).findFirst()
                        .ifPresent(s -> list.getSelectionModel().select(s)));

        Label hint = new Label("Untick a symptom to leave it off the check-in; its history is kept. "
                + "Keys: Space shows or hides, Alt+↑ and Alt+↓ move.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);

        TextField name = new TextField();
        name.setId("newSymptomName");
        name.setPromptText("A symptom of your own");
        name.textProperty().bindBidirectional(vm.newNameProperty());
        name.setOnAction(e -> vm.add());
        Button add = new Button("Add");
        add.setId("addSymptom");
        add.setOnAction(e -> vm.add());
        HBox.setHgrow(name, Priority.ALWAYS);
        Label error = new Label();
        error.setId("newSymptomError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.nameErrorProperty());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());

        Stage stage = new Stage();
        Button done = new Button("Done");
        done.setId("symptomsDone");
        done.setDefaultButton(false);
        done.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, hint, list, new Label("Add a symptom"), new HBox(6, name, add), error,
                new HBox(8, status, gap, done));
        root.setPadding(new Insets(14));
        root.setId("symptomListDialog");
        VBox.setVgrow(list, Priority.ALWAYS);
        Scene scene = new Scene(root, 560, 620);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                .filter(c -> c.startsWith("text-")).toList());
        stage.setScene(scene);
        stage.setTitle("Care Journal – symptoms to track");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        vm.load();
        return stage;
    }

    private static final class SymptomCell extends ListCell<Symptom> {
        private final SymptomListModel vm;

        SymptomCell(SymptomListModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Symptom s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            CheckBox shown = new CheckBox(s.name() + (s.isCustom() ? "  (your own)" : ""));
            shown.setSelected(!s.hidden());
            shown.setFocusTraversable(false);
            shown.setOnAction(e -> vm.setHidden(s, !shown.isSelected()));
            Button up = new Button("↑");
            up.setAccessibleText("Move " + s.name() + " up");
            up.setFocusTraversable(false);
            up.setOnAction(e -> vm.move(s, -1));
            Button down = new Button("↓");
            down.setAccessibleText("Move " + s.name() + " down");
            down.setFocusTraversable(false);
            down.setOnAction(e -> vm.move(s, 1));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(6, shown, gap, up, down);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
