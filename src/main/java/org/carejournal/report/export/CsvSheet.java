package org.carejournal.report.export;

import java.util.List;

/** One CSV file's header and rows; the values are turned into cells by {@link CsvCells}. */
record CsvSheet(List<String> header, List<List<Object>> rows) {
}
