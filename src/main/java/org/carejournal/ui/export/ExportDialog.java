package org.carejournal.ui.export;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.carejournal.report.export.ExportFormat;
import org.carejournal.ui.Styles;

/** The Export window: choose the kind, then where it goes; a progress bar and Cancel while it is written. */
public final class ExportDialog {
    private ExportDialog() {}

    /** A window-modal dialog over {@code owner}, styled like it. */
    public static Stage create(Window owner, ExportViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Care Journal – export");
        Scene scene = new Scene(content(vm, new Chooser(stage), stage::close));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        scene.getStylesheets().add(ExportDialog.class.getResource(ExportStyles.CSS).toExternalForm());
        stage.setScene(scene);
        // Closing the window while writing cancels, so no export goes on unseen.
        stage.setOnHidden(e -> vm.cancel());
        return stage;
    }

    /** Asks where the export goes; tests pass their own. */
    public interface TargetChooser {
        Path choose(ExportFormat format);
    }

    /** @param close closes the dialog (and so cancels an export still running) */
    static VBox content(ExportViewModel vm, TargetChooser chooser, Runnable close) {
        Label title = new Label("Export your journal");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        ToggleGroup kinds = new ToggleGroup();
        VBox choices = new VBox(4);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton r = new RadioButton(f.label());
            r.setId("export-" + f.name().toLowerCase(java.util.Locale.ROOT));
            r.setUserData(f);
            r.setToggleGroup(kinds);
            r.setSelected(f == vm.formatProperty().get());
            r.disableProperty().bind(vm.runningProperty());
            choices.getChildren().add(r);
        }
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) vm.formatProperty().set((ExportFormat) now.getUserData());
        });
        Label hint = new Label("CSV files go into a folder you choose, one file per kind of data. "
                + "The full export can be read back into a new journal with Care Journal's import.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);

        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("exportMessage");
        message.getStyleClass().add(ExportStyles.MESSAGE);
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((obs, was, now) -> {
            if (now) message.getStyleClass().add(ExportStyles.PROBLEM);
            else message.getStyleClass().remove(ExportStyles.PROBLEM);
        });

        Button export = new Button("Choose where and export…");
        export.setId("exportStart");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.start(chooser.choose(vm.formatProperty().get())));
        Button cancel = new Button("Cancel export");
        cancel.setId("exportCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button closeButton = new Button("Close");
        closeButton.setId("exportClose");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, closeButton, gap, cancel, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(title, choices, hint, bar, message, buttons);
        root.getStyleClass().add(ExportStyles.DIALOG);
        return root;
    }

    /** The system's folder and file choosers. */
    private record Chooser(Stage stage) implements TargetChooser {
        @Override
        public Path choose(ExportFormat format) {
            if (format.writesFolder()) {
                DirectoryChooser d = new DirectoryChooser();
                d.setTitle("Choose a folder for the CSV files");
                File f = d.showDialog(stage);
                return f == null ? null : f.toPath();
            }
            FileChooser c = new FileChooser();
            c.setTitle("Save the export as");
            c.setInitialFileName(format.suggestedFileName());
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON files", "*.json"));
            File f = c.showSaveDialog(stage);
            return f == null ? null : f.toPath();
        }
    }
}
