package org.carejournal.ui.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carejournal.ui.Styles;

/** The small window that asks the name of a person to add to the journal. A blank name is refused beside the field. */
public final class AddPersonDialog {
    static final String BLANK = "Type the person's name.";

    private AddPersonDialog() {}

    /**
     * A window, not yet shown, that hands the typed name (stripped, never blank) to {@code onName} when
     * the person presses Add; Cancel hands nothing.
     */
    public static Dialog<String> create(Window owner, Consumer<String> onName) {
        Label label = new Label("Name:");
        TextField name = new TextField();
        name.setId("newPersonName");
        name.setPromptText("The person's name");
        name.setAccessibleText("Name of the person to add");
        label.setLabelFor(name);
        Label error = new Label("");
        error.setId("newPersonNameError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        HBox row = new HBox(8, label, name, error);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label hint = new Label("Each person has a journal of their own in this file: their own medicines, "
                + "check-ins, results and reminders.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        VBox form = new VBox(hint, row);
        form.getStyleClass().add(ShellStyles.ADD_PERSON_FORM);

        Dialog<String> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Add a person");
        dialog.setHeaderText("Add a person to this journal");
        dialog.getDialogPane().setId("addPersonDialog");
        dialog.getDialogPane().getStylesheets().add(AddPersonDialog.class.getResource(ShellStyles.CSS).toExternalForm());
        dialog.getDialogPane().setContent(form);
        ButtonType add = new ButtonType("Add", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).setId("addPersonConfirm");
        dialog.getDialogPane().lookupButton(add).addEventFilter(ActionEvent.ACTION, e -> {
            if (name.getText().isBlank()) {
                error.setText(BLANK);
                name.getStyleClass().add(Styles.INVALID);
                name.requestFocus();
                e.consume();   // the window stays open until a name is typed
            }
        });
        name.textProperty().addListener((o, was, now) -> {
            if (!now.isBlank()) {
                error.setText("");
                name.getStyleClass().remove(Styles.INVALID);
            }
        });
        dialog.setResultConverter(b -> b == add ? name.getText().strip() : null);
        dialog.setOnHidden(e -> {
            String chosen = dialog.getResult();
            if (chosen != null && !chosen.isBlank()) onName.accept(chosen);
        });
        dialog.setOnShown(e -> Platform.runLater(name::requestFocus));
        return dialog;
    }
}
