package org.carejournal.report;

import org.carejournal.domain.LabResult;

/**
 * One reading found in an import file, as the preview shows it.
 *
 * @param rowNumber the row as a spreadsheet numbers it: the header is row 1, the first data row is 2
 *                  (in a file with several test columns, one row can give several readings)
 * @param status    whether the reading will be added, skipped or blocks the import
 * @param result    the reading, null on {@link RowStatus#ERROR}
 * @param reason    in plain words why a row is skipped or wrong; "" when OK
 * @param rawLine   the line as it is in the file, to show beside the reason
 */
public record PreviewRow(int rowNumber, RowStatus status, LabResult result, String reason, String rawLine) {
    public PreviewRow {
        reason = reason == null ? "" : reason;
        rawLine = rawLine == null ? "" : rawLine;
    }
}
