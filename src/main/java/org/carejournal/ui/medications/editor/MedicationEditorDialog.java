package org.carejournal.ui.medications.editor;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the medicine editor in its own window over the app, with the app's styles and text size. */
public final class MedicationEditorDialog {
    private MedicationEditorDialog() {}

    /**
     * A window (not yet shown) for adding a medicine or changing a plan; it closes itself once the
     * view model has saved, or on Cancel / Escape without saving.
     */
    public static Stage create(Window owner, MedicationEditorViewModel vm) {
        Stage stage = new Stage();
        MedicationEditorView view = new MedicationEditorView(vm, stage::close);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(780, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 60));
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            // The chosen text size is a style class on the app's root; the window follows it.
            view.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("text-")).toList());
        }
        scene.getStylesheets().add(MedicationEditorDialog.class.getResource(EditorStyles.CSS).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Care Journal – " + vm.title());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        vm.savedProperty().addListener((obs, was, saved) -> {
            if (saved) stage.close();
        });
        stage.setOnShown(e -> view.focusFirst());
        return stage;
    }
}
