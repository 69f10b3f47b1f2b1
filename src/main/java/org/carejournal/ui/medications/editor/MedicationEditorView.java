package org.carejournal.ui.medications.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/**
 * The medicine editor: the medicine (chosen from the catalog or one's own; fixed when changing a plan),
 * its schedule, whether it starts a treatment line, and Save / Cancel. It scrolls, so nothing is cut off
 * at the largest text size. Enter saves and Escape cancels, through the default and cancel buttons.
 */
public final class MedicationEditorView extends ScrollPane {
    private final MedicineChooser chooser;

    /** @param onCancel closes the window without saving */
    public MedicationEditorView(MedicationEditorViewModel vm, Runnable onCancel) {
        setId("medicationEditor");
        getStyleClass().add(EditorStyles.EDITOR);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // The scroll pane itself would otherwise take the first focus, away from the search box.
        setFocusTraversable(false);

        Label title = new Label(vm.title());
        title.setId("editorTitle");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setWrapText(true);

        VBox content = new VBox(14, title);
        content.setPadding(new Insets(16));
        if (vm.isChanging()) {
            chooser = null;
        } else {
            chooser = new MedicineChooser(vm.choice());
            content.getChildren().add(chooser);
        }

        ScheduleFormPane schedule = new ScheduleFormPane(vm);
        if (!vm.isChanging()) MedicineChooser.bindShown(schedule, vm.choice().readyProperty());
        content.getChildren().add(schedule);
        if (!vm.isChanging()) {
            VBox line = lineBox(vm);
            MedicineChooser.bindShown(line, vm.choice().readyProperty());
            content.getChildren().add(line);
        }
        content.getChildren().add(buttons(vm, onCancel));
        setContent(content);
    }

    /** Puts the caret where the person starts: the search box when adding. */
    public void focusFirst() {
        if (chooser != null) chooser.focusSearch();
    }

    private static VBox lineBox(MedicationEditorViewModel vm) {
        CheckBox starts = new CheckBox("This starts a new treatment line");
        starts.setId("startsLine");
        starts.selectedProperty().bindBidirectional(vm.startsLineProperty());
        Label hint = new Label("A treatment line is a medicine, or a combination, begun together. The PSA chart "
                + "can show what happened since the current line began.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        TextField name = new TextField();
        name.setId("lineName");
        name.getStyleClass().add(EditorStyles.TEXT_FIELD);
        VBox nameBox = Fields.labelled("Name of the line", name, vm.lineNameProperty(), vm.lineErrorProperty());
        MedicineChooser.bindShown(nameBox, vm.startsLineProperty());
        return new VBox(6, starts, hint, nameBox);
    }

    private static VBox buttons(MedicationEditorViewModel vm, Runnable onCancel) {
        Button save = new Button(vm.isChanging() ? "Save the change" : "Add to my plan");
        save.setId("medSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button("Cancel");
        cancel.setId("medCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap, cancel, save);
        row.setAlignment(Pos.CENTER_RIGHT);
        Label error = Fields.message("saveError", vm.saveErrorProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(6, error, row);
        box.getStyleClass().add(EditorStyles.BUTTON_BAR);
        return box;
    }
}
