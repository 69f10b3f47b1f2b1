package org.carejournal.ui.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.report.DateOrder;
import org.carejournal.report.ImportPreview;
import org.carejournal.report.LabCsvImport;
import org.carejournal.report.PreviewRow;
import org.carejournal.ui.Async;

/**
 * Importing lab history from a CSV file: read it, show every row as OK, duplicate or error, ask for
 * the date order when the file cannot tell, and import all rows or none.
 */
public final class ImportViewModel {
    private final LabCsvImport importer;
    private final long personId;
    private final Async async;
    private final Runnable onImported;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public ImportViewModel(LabCsvImport importer, long personId, Async async, Runnable onImported) {
        this.importer = importer;
        this.personId = personId;
        this.async = async;
        this.onImported = onImported;
    }

    /** Reads a file and shows its preview; nothing is saved yet. */
    public void choose(Path csv) {
        file.set(csv);
        dateOrder.set(null);
        read();
    }

    /** Reads the chosen file again with the date order the person picked. */
    public void useDateOrder(DateOrder order) {
        dateOrder.set(order);
        if (file.get() != null) read();
    }

    private void read() {
        Path csv = file.get();
        DateOrder order = dateOrder.get();
        async.run(() -> {
            try {
                return importer.preview(personId, csv, order);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, p -> {
            preview.set(p);
            rows.setAll(p.rows());
            message.set(describe(p));
        }, e -> {
            preview.set(null);
            rows.clear();
            message.set("Could not read " + csv.getFileName() + ": " + rootMessage(e));
        });
    }

    /** Imports every OK row in one go; does nothing unless the preview allows it. */
    public void importRows() {
        ImportPreview p = preview.get();
        if (p == null || !p.canImport()) return;
        async.run(() -> importer.commit(personId, p), summary -> {
            preview.set(null);
            rows.clear();
            message.set("Imported " + plural(summary.imported(), "result") + ". "
                    + plural(summary.duplicates(), "duplicate") + " skipped.");
            onImported.run();
        }, e -> message.set("Nothing was imported: " + rootMessage(e)));
    }

    static String describe(ImportPreview p) {
        if (p.rows().isEmpty()) return "The file has no rows to import.";
        if (p.needsDateOrder()) {
            return "Dates like 03/04/2024 could mean 3 April or March 4. Choose how this file writes dates.";
        }
        String counts = plural(p.okCount(), "row") + " ready, " + plural(p.duplicateCount(), "duplicate")
                + " to skip, " + plural(p.errorCount(), "error") + ".";
        return p.errorCount() > 0
                ? counts + " Fix the rows marked Error in the file and choose it again: nothing is imported while any row has an error."
                : counts;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public ReadOnlyObjectProperty<DateOrder> dateOrderProperty() { return dateOrder; }
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ObservableList<PreviewRow> rows() { return rows; }
    public StringProperty messageProperty() { return message; }
}
