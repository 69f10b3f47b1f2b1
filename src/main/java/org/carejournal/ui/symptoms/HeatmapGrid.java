package org.carejournal.ui.symptoms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.carejournal.analysis.SymptomHeatmap;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.charts.PainChartFactory;

/**
 * The heatmap drawn on a canvas: symptom names on the left, months along the top, one coloured square
 * per symptom and day. Only the columns in view are drawn, so ten years cost no more than one month;
 * {@link #firstColumnProperty()} scrolls. Sizes follow the text size: the font is read from a hidden
 * label that app.css styles like the rest of the window.
 */
final class HeatmapGrid extends Region {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private final Canvas canvas = new Canvas();
    private final Label fontSource = new Label("Ag");
    private final ReadOnlyIntegerWrapper visibleColumns = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper firstColumn = new ReadOnlyIntegerWrapper();
    private SymptomHeatmap map;
    private Layout layout = Layout.of(null, Font.getDefault(), 0);

    HeatmapGrid() {
        fontSource.setVisible(false);
        fontSource.setManaged(false);
        // An unmanaged child does not ask for layout by itself; a new text size must redraw the grid.
        fontSource.fontProperty().addListener(obs -> requestLayout());
        getChildren().addAll(canvas, fontSource);
    }

    void show(SymptomHeatmap newMap) {
        boolean wasAtEnd = map == null || firstColumn.get() >= map.dayCount() - visibleColumns.get();
        this.map = newMap;
        requestLayout();
        // Most people look at the latest days first: stay at the right-hand end unless they scrolled back.
        if (wasAtEnd) firstColumn.set(Integer.MAX_VALUE);
    }

    /** Shows columns from {@code column} on (kept within the map). */
    void scrollTo(int column) {
        int maxFirst = map == null ? 0 : Math.max(0, map.dayCount() - layout.columns);
        firstColumn.set(Math.max(0, Math.min(column, maxFirst)));
        draw();
    }

    @Override
    protected void layoutChildren() {
        layout = Layout.of(map, fontSource.getFont(), getWidth());
        visibleColumns.set(layout.columns);
        int maxFirst = map == null ? 0 : Math.max(0, map.dayCount() - layout.columns);
        firstColumn.set(Math.max(0, Math.min(firstColumn.get(), maxFirst)));
        canvas.setWidth(Math.max(0, getWidth()));
        canvas.setHeight(layout.height);
        // The day-number line came or went with this width: the parent must make room for it.
        if (layout.height != getHeight()) requestParentLayout();
        draw();
    }

    /** The height depends on the width: wide squares get a second header line with day numbers. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return Layout.of(map, fontSource.getFont(), width >= 0 ? width : getWidth()).height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40 * fontSource.getFont().getSize();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (map == null || map.dayCount() == 0) return;
        Layout l = layout;
        g.setFont(l.font);
        g.setFill(HeatPalette.TEXT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int s = 0; s < map.symptoms().size(); s++) {
            g.fillText(l.names[s], 0, l.headerHeight + s * l.rowHeight + l.rowHeight / 2);
        }
        double gap = l.cellWidth >= 6 ? 1 : 0;
        double gridBottom = l.headerHeight + map.symptoms().size() * l.rowHeight;
        for (int c = 0; c < l.columns; c++) {
            int day = firstColumn.get() + c;
            LocalDate date = map.days().get(day);
            double x = l.labelWidth + c * l.cellWidth;
            if (date.getDayOfMonth() == 1 || c == 0) monthLabel(g, l, date, x, c);
            if (l.dayNumbers) {
                g.setFont(l.small);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(String.valueOf(date.getDayOfMonth()), x + l.cellWidth / 2, l.font.getSize() * 2.1);
                g.setTextAlign(TextAlignment.LEFT);
                g.setFont(l.font);
            }
            for (int s = 0; s < map.symptoms().size(); s++) {
                HeatPalette.cell(g, x, l.headerHeight + s * l.rowHeight + gap, l.cellWidth - gap, l.rowHeight - 2 * gap,
                        map.rating(s, day));
            }
            if (date.getDayOfMonth() == 1 && c > 0) {
                g.setStroke(HeatPalette.RULE);
                g.setLineWidth(1.5);
                g.strokeLine(x, l.font.getSize() * 0.2, x, gridBottom);
            }
            g.setFill(HeatPalette.TEXT);
        }
    }

    /** Writes the month over its first day, shortened or left out when the next month comes too soon. */
    private void monthLabel(GraphicsContext g, Layout l, LocalDate date, double x, int column) {
        int daysLeft = date.lengthOfMonth() - date.getDayOfMonth() + 1;
        double room = Math.min(daysLeft, l.columns - column) * l.cellWidth - 4;
        for (DateTimeFormatter f : new DateTimeFormatter[] {MONTH_YEAR, MONTH}) {
            String text = f.format(date);
            if (textWidth(text, l.bold) <= room) {
                g.setFont(l.bold);
                g.fillText(text, x + 3, l.font.getSize() * 0.8);
                g.setFont(l.font);
                return;
            }
        }
    }

    /**
     * What the tooltip says about the cell at ({@code x}, {@code y}) in this node's coordinates: the date,
     * symptom and rating, and the day's note. Null when no cell is there.
     */
    String describeAt(double x, double y) {
        Layout l = layout;
        if (map == null || x < l.labelWidth || y < l.headerHeight) return null;
        int column = (int) ((x - l.labelWidth) / l.cellWidth);
        int row = (int) ((y - l.headerHeight) / l.rowHeight);
        if (column >= l.columns || row >= map.symptoms().size()) return null;
        int day = firstColumn.get() + column;
        int rating = map.rating(row, day);
        String note = map.note(day);
        return PainChartFactory.DAY.format(map.days().get(day)) + "\n"
                + map.symptoms().get(row).name() + ": " + (rating < 0 ? "not rated" : rating + " out of 10")
                + (note.isEmpty() ? "" : "\nNote: " + note);
    }

    /** The middle of a cell in this node's coordinates, or null when that day is scrolled out of view. */
    Point2D cellCentre(int symptomIndex, int dayIndex) {
        Layout l = layout;
        int column = dayIndex - firstColumn.get();
        if (map == null || column < 0 || column >= l.columns) return null;
        return new Point2D(l.labelWidth + (column + 0.5) * l.cellWidth, l.headerHeight + (symptomIndex + 0.5) * l.rowHeight);
    }

    SymptomHeatmap map() { return map; }

    ReadOnlyIntegerProperty firstColumnProperty() { return firstColumn.getReadOnlyProperty(); }
    ReadOnlyIntegerProperty visibleColumnsProperty() { return visibleColumns.getReadOnlyProperty(); }

    static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** Sizes worked out from the font and width; em-like so the grid grows with the chosen text size. */
    private record Layout(Font font, Font bold, Font small, String[] names, double labelWidth, double headerHeight,
                          double rowHeight, double cellWidth, int columns, boolean dayNumbers, double height) {
        static Layout of(SymptomHeatmap map, Font font, double width) {
            double f = font.getSize();
            Font bold = Font.font(font.getFamily(), FontWeight.BOLD, f);
            Font small = Font.font(font.getFamily(), f * 0.85);
            double rowHeight = Math.ceil(f * 1.7);
            if (map == null) return new Layout(font, bold, small, new String[0], 0, 0, rowHeight, 1, 0, false, 0);
            String[] names = new String[map.symptoms().size()];
            double widest = 0;
            double maxName = f * 15;   // long names are cut with "…"; the tooltip gives them whole
            for (int i = 0; i < names.length; i++) {
                names[i] = fit(map.symptoms().get(i), font, maxName);
                widest = Math.max(widest, textWidth(names[i], font));
            }
            double labelWidth = Math.ceil(widest + f * 0.8);
            double available = Math.max(0, width - labelWidth - 2);
            int days = map.dayCount();
            double cellWidth = days == 0 ? f : Math.max(f * 0.8, Math.min(f * 2.6, available / days));
            int columns = (int) Math.min(days, Math.floor(available / cellWidth));
            boolean dayNumbers = cellWidth >= f * 1.6;
            double headerHeight = Math.ceil(f * (dayNumbers ? 2.8 : 1.7));
            double height = names.length == 0 ? 0 : headerHeight + names.length * rowHeight + 1;
            return new Layout(font, bold, small, names, labelWidth, headerHeight, rowHeight, cellWidth, columns, dayNumbers, height);
        }

        private static String fit(Symptom s, Font font, double max) {
            String name = s.name();
            if (textWidth(name, font) <= max) return name;
            while (name.length() > 1 && textWidth(name + "…", font) > max) name = name.substring(0, name.length() - 1).strip();
            return name + "…";
        }
    }
}
