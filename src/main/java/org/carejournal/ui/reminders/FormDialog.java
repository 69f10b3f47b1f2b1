package org.carejournal.ui.reminders;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.carejournal.ui.Styles;

/**
 * A small window with a form, an OK button and Cancel. OK closes it only when {@code accept} says the
 * input was good; otherwise the window stays open with the messages beside the fields.
 */
final class FormDialog {
    private FormDialog() {}

    /**
     * @param id     node id of the dialog pane; the OK button is {@code id + "Ok"}
     * @param accept checks the form and starts the save; false keeps the window open
     */
    static Dialog<ButtonType> create(Window owner, String id, String title, String header, String okText,
                                     Node content, Node firstFocus, BooleanSupplier accept) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Care Journal – " + title);
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setHeaderText(header);
        ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(ok, ButtonType.CANCEL);
        pane.setContent(content);
        // A wrapped label in a box is otherwise squeezed to one line and cut off with "...".
        content.lookupAll(".label").forEach(n -> {
            if (n instanceof Label l && l.isWrapText()) l.setMinHeight(Region.USE_PREF_SIZE);
        });
        Node okButton = pane.lookupButton(ok);
        okButton.setId(id + "Ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (accept.getAsBoolean()) return;
            e.consume();
            // The messages beside the fields take room: grow the window so none of them is cut off.
            Platform.runLater(() -> {
                if (pane.getScene() != null && pane.getScene().getWindow() != null) pane.getScene().getWindow().sizeToScene();
            });
        });
        pane.lookupButton(ButtonType.CANCEL).setId(id + "Cancel");
        // A radio button keeps Enter to itself; here Enter picks the answer in focus and confirms, as it
        // does from a text field.
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && pane.getScene().getFocusOwner() instanceof RadioButton r) {
                r.setSelected(true);
                ((Button) okButton).fire();
                e.consume();
            }
        });

        // The window looks like the main one and follows the chosen text size.
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            pane.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("text-")).toList());
        } else {
            pane.getStylesheets().add(FormDialog.class.getResource(Styles.APP_CSS).toExternalForm());
        }
        pane.getStylesheets().add(FormDialog.class.getResource(ReminderStyles.CSS).toExternalForm());
        pane.getStyleClass().add(ReminderStyles.DIALOG);
        dialog.setOnShown(e -> Platform.runLater(firstFocus::requestFocus));
        return dialog;
    }
}
