package org.carejournal.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.domain.Progress;
import org.carejournal.report.export.ExportFormat;

/**
 * The export dialog's state: the chosen kind, the export running off the FX thread with its progress,
 * Cancel, and a message saying where the files went or what went wrong and what to do.
 */
public final class ExportViewModel {

    /** Writes an export; the app binds it to the open journal and its person. */
    @FunctionalInterface
    public interface Exporter {
        List<Path> export(ExportFormat format, Path target, Progress progress) throws IOException;
    }

    private final Exporter exporter;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param background where the export runs (never the FX thread)
     * @param ui         where results are shown (the FX thread; tests pass a same-thread executor)
     */
    public ExportViewModel(Exporter exporter, Executor background, Executor ui) {
        this.exporter = exporter;
        this.background = background;
        this.ui = ui;
    }

    /** The chosen kind of export. */
    public ObjectProperty<ExportFormat> formatProperty() { return format; }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() { return running; }

    /** 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }

    /** Where the files went, that it was cancelled, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() { return message; }

    /** True when the message tells of a problem. */
    public ReadOnlyBooleanProperty failedProperty() { return failed; }

    /** Starts writing the chosen export to {@code target} (a folder for CSV, else a file). */
    public void start(Path target) {
        if (running.get() || target == null) return;
        ExportFormat chosen = format.get();
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        failed.set(false);
        progress.set(0);
        message.set("Exporting…");
        Progress watch = new Progress() {
            @Override
            public void update(int done, int total, String what) {
                double fraction = total == 0 ? 0 : (double) done / total;
                ui.execute(() -> {
                    progress.set(fraction);
                    if (!what.isEmpty()) message.set("Exporting " + what + "…");
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        background.execute(() -> {
            try {
                List<Path> files = exporter.export(chosen, target, watch);
                ui.execute(() -> finish(saved(chosen, target, files), false));
            } catch (CancellationException e) {
                ui.execute(() -> finish("Export cancelled. No file was left half-written; files finished before "
                        + "Cancel are kept.", false));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> finish("The export could not be written: " + e.getMessage() + ". Check that the "
                        + "folder exists and that you may save files there, or choose another place, then try again.", true));
            }
        });
    }

    /** Asks the running export to stop at its next step. */
    public void cancel() {
        cancel.set(true);
    }

    private void finish(String text, boolean problem) {
        running.set(false);
        progress.set(problem ? 0 : 1);
        failed.set(problem);
        message.set(text);
    }

    private static String saved(ExportFormat format, Path target, List<Path> files) {
        if (format.writesFolder()) {
            return "Saved " + files.size() + " CSV files (" + String.join(", ",
                    files.stream().map(f -> f.getFileName().toString()).toList()) + ") in " + target.toAbsolutePath()
                    + ". They hold health data: keep them somewhere private.";
        }
        return "Saved " + target.toAbsolutePath() + ". It holds health data: keep it somewhere private.";
    }
}
