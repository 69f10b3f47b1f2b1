package org.carejournal.ui.backup;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carejournal.ui.Styles;

/**
 * The small windows that ask for a backup's passphrase: an optional one, typed twice, when backing up;
 * the one it was made with when restoring.
 */
public final class PassphraseDialogs {
    /** Shorter passphrases are refused: the backup may travel (a USB stick, a cloud folder). */
    public static final int MIN_LENGTH = 8;

    private PassphraseDialogs() {}

    /**
     * What is wrong with a new passphrase typed as {@code first} and {@code again}, or null when it will do.
     * Pure, so the rules are tested without a window.
     */
    public static String problem(String first, String again) {
        if (first.length() < MIN_LENGTH) return "Use at least " + MIN_LENGTH + " characters; a few words are easy to remember.";
        if (!first.equals(again)) return "The two passphrases differ. Type the same one twice.";
        return null;
    }

    /**
     * Asks whether to protect a new backup. Empty when cancelled; an empty array for an unprotected backup;
     * otherwise the passphrase.
     */
    public static Optional<char[]> forBackup(Window owner) {
        CheckBox protect = new CheckBox("Protect this backup with a passphrase");
        protect.setId("backupProtect");
        PasswordField first = new PasswordField();
        first.setId("backupPassphrase");
        first.setPromptText("Passphrase");
        PasswordField again = new PasswordField();
        again.setId("backupPassphraseAgain");
        again.setPromptText("The same passphrase again");
        first.disableProperty().bind(protect.selectedProperty().not());
        again.disableProperty().bind(protect.selectedProperty().not());
        Label hint = wrapped("Anyone who has a protected backup and its passphrase can read it; without the passphrase nobody "
                + "can, not even you. Write it down somewhere safe.", Styles.HINT);
        Label error = wrapped("", Styles.FIELD_ERROR);
        error.setId("backupPassphraseError");
        VBox form = new VBox(protect, first, again, hint, error);
        Dialog<ButtonType> dialog = dialog(owner, "backupDialog", "Back up now",
                "Back up the journal to a file of your choice.", "Choose where…", form);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).addEventFilter(ActionEvent.ACTION, e -> {
            if (!protect.isSelected()) return;
            String p = problem(first.getText(), again.getText());
            error.setText(p == null ? "" : p);
            if (p != null) e.consume();
        });
        dialog.setOnShown(e -> Platform.runLater(protect::requestFocus));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonData.OK_DONE) return Optional.empty();
        return Optional.of(protect.isSelected() ? first.getText().toCharArray() : new char[0]);
    }

    /** Asks for the passphrase of a protected backup; empty when cancelled. */
    public static Optional<char[]> forRestore(Window owner, String fileName) {
        PasswordField field = new PasswordField();
        field.setId("restorePassphrase");
        field.setPromptText("Passphrase");
        VBox form = new VBox(wrapped(fileName + " is protected by a passphrase. Type the passphrase it was made with.", null), field);
        Dialog<ButtonType> dialog = dialog(owner, "restorePassphraseDialog", "Restore from a backup",
                "This backup is protected", "Continue", form);
        dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonData.OK_DONE || field.getText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(field.getText().toCharArray());
    }

    private static Dialog<ButtonType> dialog(Window owner, String id, String title, String header, String ok, VBox form) {
        form.getStyleClass().add(BackupStyles.FORM);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Care Journal – " + title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setHeaderText(header);
        ButtonType okType = new ButtonType(ok, ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(okType, ButtonType.CANCEL);
        pane.lookupButton(okType).setId(id + "Ok");
        pane.lookupButton(ButtonType.CANCEL).setId(id + "Cancel");
        pane.setContent(form);
        styleLike(pane, owner);
        pane.getStyleClass().add(BackupStyles.DIALOG);
        return dialog;
    }

    /** The window looks like the main one and follows the chosen text size. */
    static void styleLike(javafx.scene.Parent pane, Window owner) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            pane.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("text-")).toList());
        } else {
            pane.getStylesheets().add(PassphraseDialogs.class.getResource(Styles.APP_CSS).toExternalForm());
        }
        pane.getStylesheets().add(PassphraseDialogs.class.getResource(BackupStyles.CSS).toExternalForm());
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        // A wrapped label in a box is otherwise squeezed to one line and cut off.
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) l.getStyleClass().add(styleClass);
        return l;
    }
}
