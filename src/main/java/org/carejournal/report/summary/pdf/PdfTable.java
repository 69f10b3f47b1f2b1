package org.carejournal.report.summary.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table of wrapped text cells across the text width. A row never splits; when the next row does not
 * fit, the table goes on on the next page under its header again, so every page reads on its own.
 */
final class PdfTable {
    private final String[] headers;
    private final float[] weights;
    private final List<String[]> rows = new ArrayList<>();

    /** @param weights each column's share of the width */
    PdfTable(String[] headers, float[] weights) {
        if (headers.length != weights.length) throw new IllegalArgumentException("One weight per column");
        this.headers = headers.clone();
        this.weights = weights.clone();
    }

    PdfTable row(String... cells) {
        if (cells.length != headers.length) throw new IllegalArgumentException("One cell per column");
        rows.add(cells.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void draw(PdfPages pages) {
        float size = pages.type.body();
        float pad = size * 0.35f;
        float[] widths = widths(pages.width());
        List<List<String>> header = cells(pages, headers, pages.fonts.bold, size, widths, pad);
        float headerHeight = height(header, size, pad);
        // The header and the first row go together: a header alone at a page's foot says nothing.
        List<List<String>> first = rows.isEmpty() ? List.of() : cells(pages, rows.get(0), pages.fonts.regular, size, widths, pad);
        pages.need(headerHeight + height(first, size, pad));
        drawRow(pages, header, pages.fonts.bold, size, widths, pad, headerHeight, false);
        int index = 0;
        for (String[] row : rows) {
            List<List<String>> cells = cells(pages, row, pages.fonts.regular, size, widths, pad);
            float h = height(cells, size, pad);
            if (pages.room() < h) {
                pages.newPage();
                drawRow(pages, header, pages.fonts.bold, size, widths, pad, headerHeight, false);
            }
            drawRow(pages, cells, pages.fonts.regular, size, widths, pad, h, index++ % 2 == 1);
        }
        pages.gap(size * 0.6f);
    }

    private float[] widths(float total) {
        float sum = 0;
        for (float w : weights) sum += w;
        float[] out = new float[weights.length];
        for (int i = 0; i < weights.length; i++) out[i] = total * weights[i] / sum;
        return out;
    }

    private static List<List<String>> cells(PdfPages pages, String[] row, PDFont font, float size, float[] widths, float pad) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            // A line break in a cell starts a new line there (a medicine's family under its name).
            List<String> lines = new ArrayList<>();
            for (String part : (row[i] == null ? "" : row[i]).split("\n")) {
                lines.addAll(pages.wrap(pages.fonts.printable(part), font, size, widths[i] - 2 * pad));
            }
            out.add(lines);
        }
        return out;
    }

    private static float height(List<List<String>> cells, float size, float pad) {
        int lines = 1;
        for (List<String> c : cells) lines = Math.max(lines, c.size());
        return lines * size * TypeScale.LEADING + 2 * pad;
    }

    private static void drawRow(PdfPages pages, List<List<String>> cells, PDFont font, float size, float[] widths,
                                float pad, float height, boolean shaded) {
        float top = pages.y();
        if (shaded) pages.shade(pages.left(), top, pages.width(), height, PdfPages.SHADE);
        float x = pages.left();
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - pad - size;
            for (String line : cells.get(i)) {
                pages.line(line, font, size, PdfPages.TEXT, x + pad, baseline);
                baseline -= size * TypeScale.LEADING;
            }
            x += widths[i];
        }
        pages.gap(height);
        if (font == pages.fonts.bold) pages.rule(pages.left(), pages.y(), pages.width(), PdfPages.TEXT, 0.8f);
    }
}
