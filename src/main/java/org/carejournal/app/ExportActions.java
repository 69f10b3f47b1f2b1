package org.carejournal.app;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.carejournal.domain.Person;
import org.carejournal.report.export.JournalExport;
import org.carejournal.ui.export.ExportDialog;
import org.carejournal.ui.export.ExportViewModel;

/** The Journal menu's "Export…": binds the export dialog to the open journal and its first person. */
final class ExportActions {
    private final Stage owner;
    private final Clock clock;

    ExportActions(Stage owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    /** Opens the dialog for {@code session}, or says why there is nothing to export. */
    void open(JournalSession session) {
        Person person = session == null ? null : session.people().all().stream().findFirst().orElse(null);
        if (person == null) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "Open a journal with a person in it first; "
                    + "there is nothing to export yet.");
            a.initOwner(owner);
            a.setHeaderText("Nothing to export");
            a.showAndWait();
            return;
        }
        // A thread of its own: the journal's connection is shared safely, and a long export does not
        // hold up the screens' own reads.
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "care-journal-export");
            t.setDaemon(true);
            return t;
        });
        JournalExport export = new JournalExport(session.exportSources(), clock);
        ExportViewModel vm = new ExportViewModel((format, target, progress) -> export.write(format, person, target, progress),
                worker, Platform::runLater);
        Stage dialog = ExportDialog.create(owner, vm);
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> worker.shutdown());
        dialog.show();
    }
}
