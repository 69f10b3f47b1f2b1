package org.carejournal.report.export;

import java.math.BigDecimal;

/**
 * Turns values into CSV cells that a spreadsheet shows as they are. Text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel,
 * LibreOffice or Google Sheets (CSV injection), so it gets a leading apostrophe, which spreadsheets
 * hide. Numbers the export itself writes are left alone, so a negative number stays a number.
 */
public final class CsvCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    /** The cell for a value: numbers as plain decimals, text neutralised, null as an empty cell. */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return number(d);
        if (value instanceof Float f) return number(f.doubleValue());
        if (value instanceof Number n) return n.toString();
        if (value instanceof Boolean b) return b ? "yes" : "no";
        return text(value.toString());
    }

    /** Text as a spreadsheet should show it, never as a formula. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) return "";
        return FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** A number with its exact digits and no exponent or trailing zeros: 4.2, 0.05, -1.25, 1200. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
