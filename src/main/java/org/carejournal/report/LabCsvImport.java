package org.carejournal.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carejournal.domain.LabEntryCheck;
import org.carejournal.domain.LabEntryField;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;

/**
 * Imports lab history from a CSV file exported by a lab portal or typed into a spreadsheet. First
 * {@link #preview} reads the whole file and says, row by row, what would be added, skipped as
 * already kept, or is wrong; then {@link #commit} adds the good rows in one transaction, and only
 * when no row is wrong. Each value is checked by {@link LabEntryCheck}, as in the entry form.
 */
public final class LabCsvImport {

    /** "4.2 ng/mL" in a value cell: the number and the unit written after it. */
    private static final Pattern VALUE_AND_UNIT =
            Pattern.compile("^(<?\\s*(?:\\d+(?:[.,]\\d+)?|[.,]\\d+))\\s*([^\\d\\s.,<-].*)$");
    private static final String KNOWN_TESTS = Arrays.stream(LabTest.values()).map(LabTest::displayName)
            .collect(Collectors.joining(", "));

    private final LabResults repo;
    private final Clock clock;

    /**
     * @param repo  where the journal keeps lab results (the SQLite store in the app)
     * @param clock gives "today": later dates are refused
     */
    public LabCsvImport(LabResults repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /**
     * Reads a file as UTF-8 (a byte-order mark is fine). A file that is not valid UTF-8 is read as
     * Windows-1252, the encoding older Excel versions save CSV in; UTF-16 with a byte-order mark also works.
     */
    public ImportPreview preview(long personId, Path csv, DateOrder orderOrNull) throws IOException {
        return preview(personId, CsvFile.decode(Files.readAllBytes(csv)), orderOrNull);
    }

    /** @param orderOrNull how to read dates like 05/03/2024; null to work it out from the file or ask */
    public ImportPreview preview(long personId, Reader csv, DateOrder orderOrNull) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = csv.read(buffer)) != -1; ) text.append(buffer, 0, n);
        return preview(personId, text.toString(), orderOrNull);
    }

    /**
     * Adds the rows marked OK, all in one transaction.
     *
     * @throws IllegalStateException when the preview has wrong rows, no rows, or still needs the date order
     */
    public ImportSummary commit(long personId, ImportPreview preview) {
        if (!preview.canImport()) {
            throw new IllegalStateException(preview.needsDateOrder() ? "Choose the date order before importing."
                    : preview.rows().isEmpty() ? "The file has no lab results to import."
                    : "Fix the rows marked wrong before importing; nothing was imported.");
        }
        List<LabResult> toAdd = preview.rows().stream().filter(r -> r.status() == RowStatus.OK).map(PreviewRow::result).toList();
        repo.addAll(personId, toAdd);
        return new ImportSummary(toAdd.size(), preview.duplicateCount(), preview.errorCount());
    }

    // ---- reading the file -------------------------------------------------------------------

    private ImportPreview preview(long personId, String content, DateOrder orderOrNull) throws IOException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<CsvFile.Line> lines = new ArrayList<>();
        PreviewRow unreadable = CsvFile.parse(text, lines);
        int headerAt = CsvFile.firstNonBlank(lines);
        if (headerAt < 0) return new ImportPreview(unreadable == null ? List.of() : List.of(unreadable), false, orderOrNull);

        CsvFile.Line header = lines.get(headerAt);
        CsvColumns columns = CsvColumns.read(header.cells());
        if (columns.problem() != null) {
            return new ImportPreview(List.of(new PreviewRow(header.number(), RowStatus.ERROR, null, columns.problem(), header.raw())),
                    false, orderOrNull);
        }
        List<CsvFile.Line> data = lines.subList(headerAt + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();

        DateOrder order = orderOrNull;
        boolean needsOrder = false;
        if (order == null) {
            Set<CsvDates.Hint> hints = new HashSet<>();
            for (CsvFile.Line line : data) hints.add(CsvDates.hint(line.cell(columns.date)));
            boolean dmy = hints.contains(CsvDates.Hint.DMY);
            boolean mdy = hints.contains(CsvDates.Hint.MDY);
            if (dmy != mdy) order = dmy ? DateOrder.DMY : DateOrder.MDY;
            else needsOrder = hints.contains(CsvDates.Hint.AMBIGUOUS);
        }

        RowReader reader = new RowReader(columns, order, journalReadings(personId), LocalDate.now(clock));
        List<PreviewRow> rows = new ArrayList<>(data.size());
        for (CsvFile.Line line : data) reader.read(line, rows);
        if (unreadable != null) rows.add(unreadable);
        return new ImportPreview(rows, needsOrder, order);
    }

    /** Every reading already in the journal, loaded once so duplicate checks are a hash look-up. */
    private Set<Reading> journalReadings(long personId) {
        Set<Reading> readings = new HashSet<>();
        for (LabResult r : repo.all(personId)) readings.add(Reading.of(r));
        return readings;
    }

    // ---- one row ----------------------------------------------------------------------------

    /** The key of {@link LabResult#sameReadingAs}: same test, day and value (LabValue equality). */
    private record Reading(LabTest test, LocalDate date, LabValue value) {
        static Reading of(LabResult r) {
            return new Reading(r.test(), r.date(), r.value());
        }
    }

    /** Turns data rows into preview rows, remembering readings seen so far to mark duplicates. */
    private static final class RowReader {
        private final CsvColumns columns;
        private final DateOrder order;
        private final Set<Reading> inJournal;
        private final LocalDate today;
        private final Map<Reading, Integer> firstRowOf = new HashMap<>();
        private final Map<String, Optional<LabTest>> testNames = new HashMap<>();

        RowReader(CsvColumns columns, DateOrder order, Set<Reading> inJournal, LocalDate today) {
            this.columns = columns;
            this.order = order;
            this.inJournal = inJournal;
            this.today = today;
        }

        void read(CsvFile.Line line, List<PreviewRow> out) {
            CsvDates.Cell date = CsvDates.parse(line.cell(columns.date), order);
            String lab = line.cell(columns.lab);
            String note = line.cell(columns.note);
            if (columns.isLong()) {
                String testText = line.cell(columns.test);
                LabTest test = testNames.computeIfAbsent(testText.strip(), LabTest::fromLooseName).orElse(null);
                String unit = columns.unit >= 0 ? line.cell(columns.unit) : "";
                if (unit.isBlank() && columns.valueHeaderUnit != null) unit = columns.valueHeaderUnit;
                out.add(reading(line, date, testText, test, line.cell(columns.value), unit, lab, note));
                return;
            }
            List<CsvColumns.TestColumn> testColumns = columns.testColumns;
            int before = out.size();
            for (CsvColumns.TestColumn column : testColumns) {
                String value = line.cell(column.index());
                // With one test per column, an empty cell just means that test was not done that day.
                if (testColumns.size() > 1 && value.isBlank()) continue;
                String unit = columns.unit >= 0 && !line.cell(columns.unit).isBlank() ? line.cell(columns.unit) : column.unit();
                out.add(reading(line, date, column.test().displayName(), column.test(), value, unit, lab, note));
            }
            if (out.size() == before) {
                out.add(new PreviewRow(line.number(), RowStatus.ERROR, null, "This row has a date but no lab value.", line.raw()));
            }
        }

        private PreviewRow reading(CsvFile.Line line, CsvDates.Cell date, String testText, LabTest test,
                                   String valueText, String unitText, String lab, String note) {
            String value = valueText;
            String unit = unitText;
            Matcher withUnit = VALUE_AND_UNIT.matcher(valueText.strip());
            if ((unit == null || unit.isBlank()) && withUnit.matches()) {
                value = withUnit.group(1);
                unit = withUnit.group(2).strip();
            }
            LabEntryCheck.Outcome outcome = LabEntryCheck.check(date.date(), test, value, unit, lab, note, today);
            if (!outcome.ok()) {
                Map<LabEntryField, String> errors = new EnumMap<>(outcome.errors());
                if (date.problem() != null) errors.put(LabEntryField.DATE, date.problem());
                if (test == null) {
                    errors.put(LabEntryField.TEST, testText.isBlank() ? "The test name is missing."
                            : "Unknown test \"" + testText.strip() + "\". Known tests: " + KNOWN_TESTS + ".");
                }
                return new PreviewRow(line.number(), RowStatus.ERROR, null, String.join(" ", errors.values()), line.raw());
            }
            LabResult result = outcome.result().orElseThrow();
            Reading key = Reading.of(result);
            if (inJournal.contains(key)) {
                return new PreviewRow(line.number(), RowStatus.DUPLICATE, result, "Already in the journal.", line.raw());
            }
            Integer earlier = firstRowOf.putIfAbsent(key, line.number());
            if (earlier != null) {
                return new PreviewRow(line.number(), RowStatus.DUPLICATE, result, "Same reading as row " + earlier + ".", line.raw());
            }
            return new PreviewRow(line.number(), RowStatus.OK, result, "", line.raw());
        }
    }
}
