package org.carejournal.report;

import java.util.List;

/**
 * What importing a file would do, before anything is saved.
 *
 * @param rows           each reading found, in file order
 * @param needsDateOrder true when dates such as 05/03/2024 could be read either way and nothing in the
 *                       file settles it: ask the person, then preview again with their answer
 * @param dateOrderUsed  the order slash dates were read in; null when none was needed or it is still unknown
 */
public record ImportPreview(List<PreviewRow> rows, boolean needsDateOrder, DateOrder dateOrderUsed) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public int okCount() { return count(RowStatus.OK); }

    public int duplicateCount() { return count(RowStatus.DUPLICATE); }

    public int errorCount() { return count(RowStatus.ERROR); }

    /** True when the file had readings, none of them wrong, and the date order is known. */
    public boolean canImport() {
        return !rows.isEmpty() && errorCount() == 0 && !needsDateOrder;
    }

    private int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
