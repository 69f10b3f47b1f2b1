package org.carejournal.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.carejournal.app.backup.AutoBackup;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.store.JournalBackup;
import org.carejournal.ui.Async;
import org.carejournal.ui.backup.PassphraseDialogs;
import org.carejournal.ui.backup.ProgressWindow;

/**
 * The Journal menu's "Back up now…" and "Restore from a backup…", and the daily automatic backup after a
 * journal opens. File work runs on the journal thread through {@link Async}; the window shows a moving bar.
 */
final class BackupActions {

    /** What the actions need of the window's controller. */
    interface Host {
        /** The open journal, or null. Read on the FX thread. */
        JournalSession session();

        /** True when the open journal is the sample. */
        boolean sampleOpen();

        /** The journal a restore replaces when no journal of the person's own is open. */
        Path home();

        /** Takes the screens off the open journal before it is closed (FX thread). */
        void detach();

        /** Closes the open journal (journal thread). */
        void closeJournal();

        /** Opens {@code journal} and shows it (FX thread). */
        void reopen(Path journal);
    }

    private static final String PROTECTED_EXTENSION = "*.cjbackup";

    private final Stage stage;
    private final Async async;
    private final Host host;
    private final JournalBackups backups;
    private final AutoBackup auto;
    private final Clock clock;

    BackupActions(Stage stage, Async async, Host host, JournalBackups backups, AutoBackup auto, Clock clock) {
        this.stage = stage;
        this.async = async;
        this.host = host;
        this.backups = backups;
        this.auto = auto;
        this.clock = clock;
    }

    /** The two menu items, for the Journal menu. */
    List<MenuItem> menuItems() {
        MenuItem backUp = new MenuItem("Back up now…");
        backUp.setId("menuBackup");
        backUp.setOnAction(e -> backUpNow());
        MenuItem restore = new MenuItem("Restore from a backup…");
        restore.setId("menuRestore");
        restore.setOnAction(e -> restore());
        return List.of(backUp, restore);
    }

    /** Queues today's automatic backup of a journal just opened (never of the sample), after what is queued already. */
    void afterOpening(JournalSession session, boolean sample) {
        if (sample) return;
        async.run(() -> auto.runIfDue(session.database()), done -> { }, e -> {
            Alert a = new Alert(Alert.AlertType.WARNING, "Today's automatic backup could not be made: " + e.getMessage()
                    + "\n\nYour journal itself is fine. Use Journal ▸ Back up now… to make a backup by hand.");
            a.initOwner(stage);
            a.setHeaderText("No automatic backup today");
            a.show();
        });
    }

    private void backUpNow() {
        JournalSession session = host.session();
        if (session == null || host.sampleOpen()) {
            tell(Alert.AlertType.INFORMATION, "Nothing to back up",
                    session == null ? "Open your journal first." : "The sample journal is not backed up: it is made anew each time you explore it.");
            return;
        }
        Optional<char[]> passphrase = PassphraseDialogs.forBackup(stage);
        if (passphrase.isEmpty()) return;
        char[] pass = passphrase.get();
        boolean protect = pass.length > 0;
        Path journal = session.file();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where should the backup be saved?");
        Path folder = JournalBackups.folderOf(journal);
        chooser.setInitialDirectory((Files.isDirectory(folder) ? folder : journal.getParent()).toFile());
        String name = JournalBackup.stem(journal) + "-backup-" + LocalDate.now(clock);
        chooser.setInitialFileName(name + (protect ? ".cjbackup" : ".db"));
        chooser.getExtensionFilters().add(protect
                ? new FileChooser.ExtensionFilter("Protected Care Journal backup", PROTECTED_EXTENSION)
                : new FileChooser.ExtensionFilter("Care Journal file", "*.db"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            Arrays.fill(pass, '\0');
            return;
        }
        Path target = chosen.toPath();
        ProgressWindow progress = new ProgressWindow(stage, "Back up now", "Backing up your journal to " + target.getFileName() + "…");
        progress.show();
        async.run(() -> {
            try {
                backups.backUp(session.database(), target, pass);
                return target;
            } finally {
                Arrays.fill(pass, '\0');
            }
        }, t -> {
            progress.close();
            tell(Alert.AlertType.INFORMATION, "Backed up", "Your journal was backed up to\n" + t
                    + (protect ? "\n\nIt is protected by your passphrase: without it, the backup cannot be restored." : ""));
        }, e -> {
            progress.close();
            tell(Alert.AlertType.ERROR, "The backup was not made", e.getMessage() + "\n\nTry another place, e.g. your home folder.");
        });
    }

    private void restore() {
        JournalSession session = host.session();
        Path journal = session != null && !host.sampleOpen() ? session.file() : host.home().toAbsolutePath();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the backup to restore");
        Path folder = JournalBackups.folderOf(journal);
        if (Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Care Journal backups", "*.db", PROTECTED_EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen == null) return;
        Path from = chosen.toPath();
        char[] pass = null;
        if (JournalBackups.isProtected(from)) {
            Optional<char[]> typed = PassphraseDialogs.forRestore(stage, from.getFileName().toString());
            if (typed.isEmpty()) return;
            pass = typed.get();
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Replace the journal " + journal.getFileName() + " with the backup "
                + from.getFileName() + "?\n\nThe backup is checked first. The journal as it is now is kept in\n" + folder
                + "\nso you can go back to it.", new ButtonType("Restore", ButtonData.OK_DONE),
                ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setHeaderText("Restore from a backup");
        confirm.getDialogPane().setId("restoreConfirm");
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonData.OK_DONE) return;

        char[] passphrase = pass;
        host.detach();
        ProgressWindow progress = new ProgressWindow(stage, "Restore", "Checking the backup and restoring your journal…");
        progress.show();
        async.run(() -> {
            try {
                host.closeJournal();
                return backups.restore(from, journal, passphrase);
            } finally {
                if (passphrase != null) Arrays.fill(passphrase, '\0');
            }
        }, r -> {
            progress.close();
            host.reopen(journal);
            tell(Alert.AlertType.INFORMATION, "Restored", "Your journal was restored from " + from.getFileName() + "."
                    + (r.keptJournal() == null ? "" : "\n\nThe journal as it was before is kept at\n" + r.keptJournal()));
        }, e -> {
            progress.close();
            host.reopen(journal);
            tell(Alert.AlertType.ERROR, "Nothing was restored", e.getMessage());
        });
    }

    private void tell(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.getDialogPane().setId("backupMessage");
        a.show();
    }
}
