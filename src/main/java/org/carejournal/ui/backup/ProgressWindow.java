package org.carejournal.ui.backup;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window with a moving bar while a backup or restore runs on the journal thread, so the person
 * sees that something is happening and cannot start a second one meanwhile. Both take about a second
 * on ten years of entries, so there is no Cancel: stopping half-way would gain nothing.
 */
public final class ProgressWindow {
    private final Stage stage = new Stage(StageStyle.UTILITY);

    public ProgressWindow(Window owner, String title, String what) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Care Journal – " + title);
        stage.setResizable(false);
        // Closing it would not stop the work; the window closes itself when the work is done.
        stage.setOnCloseRequest(e -> e.consume());
        Label label = new Label(what);
        label.setWrapText(true);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.getStyleClass().add(BackupStyles.PROGRESS_BAR);
        VBox box = new VBox(label, bar);
        box.setId("backupProgress");
        box.getStyleClass().add(BackupStyles.PROGRESS);
        PassphraseDialogs.styleLike(box, owner);
        stage.setScene(new Scene(box));
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }
}
