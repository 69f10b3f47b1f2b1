package org.carejournal.report.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.carejournal.domain.PrivateFiles;
import org.carejournal.domain.Progress;

/**
 * The CSV export: one file per kind of data, for a spreadsheet. Every text cell goes through
 * {@link CsvCells}, so nothing the person typed can run as a formula.
 */
public final class CsvExport {
    /** Lets Excel read the file as UTF-8 (accents, °, µ); the app's own CSV import skips it. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ExportSources sources;

    public CsvExport(ExportSources sources) {
        this.sources = sources;
    }

    /**
     * Writes one file per kind into {@code folder}, replacing files of the same name.
     *
     * @return the files written, in {@link CsvKind} order
     */
    public List<Path> write(long personId, LocalDate today, Path folder, Progress progress) throws IOException {
        CsvSheets sheets = new CsvSheets(sources, personId, today);
        List<Path> written = new ArrayList<>();
        CsvKind[] kinds = CsvKind.values();
        for (int i = 0; i < kinds.length; i++) {
            progress.stopIfCancelled();
            progress.update(i, kinds.length, kinds[i].label());
            Path file = folder.resolve(kinds[i].fileName());
            CsvSheet sheet = sheets.sheet(kinds[i]);
            PrivateFiles.writeAtomically(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(BYTE_ORDER_MARK);
                print(sheet, w);
                w.flush();
            });
            written.add(file);
        }
        progress.update(kinds.length, kinds.length, "");
        return written;
    }

    /** The text of one kind's file, without the byte order mark (for tests and previews). */
    public String text(long personId, LocalDate today, CsvKind kind) throws IOException {
        StringBuilder out = new StringBuilder();
        print(new CsvSheets(sources, personId, today).sheet(kind), out);
        return out.toString();
    }

    private static void print(CsvSheet sheet, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build();
        // Not closed here: closing the printer would close the caller's stream before it is moved.
        CSVPrinter printer = new CSVPrinter(out, format);
        List<String> header = new ArrayList<>();
        for (String h : sheet.header()) header.add(CsvCells.text(h));
        printer.printRecord(header);
        List<String> cells = new ArrayList<>();
        for (List<Object> row : sheet.rows()) {
            cells.clear();
            for (Object v : row) cells.add(CsvCells.cell(v));
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
