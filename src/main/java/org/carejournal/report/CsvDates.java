package org.carejournal.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates lab portals and spreadsheets write: ISO 2024-03-05 (also 2024/03/05), and
 * day/month/year or month/day/year with {@code /}, {@code .} or {@code -} and a 4-digit year last.
 * A time after the date is ignored.
 */
final class CsvDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ].*)?$");
    private static final Pattern YEAR_LAST = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:[T ,].*)?$");
    private static final Pattern SHORT_YEAR = Pattern.compile("^\\d{1,2}([-/.])\\d{1,2}\\1\\d{2}(?:[T ,].*)?$");

    private CsvDates() {}

    /** What one date says about the day/month order of the file. */
    enum Hint {
        /** Not a year-last date, or one that reads the same both ways (05/05/2024). */
        NONE,
        /** Both first parts are 12 or less and differ: 05/03/2024. */
        AMBIGUOUS,
        /** The first part is over 12, so it is the day: 25/03/2024. */
        DMY,
        /** The second part is over 12, so it is the day: 03/25/2024. */
        MDY
    }

    /** A date read from a cell, or why it could not be read. */
    record Cell(LocalDate date, String problem) {
        static Cell ok(LocalDate date) { return new Cell(date, null); }
        static Cell wrong(String problem) { return new Cell(null, problem); }
    }

    static Hint hint(String text) {
        Matcher m = YEAR_LAST.matcher(text.strip());
        if (!m.matches()) return Hint.NONE;
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        if (first > 12 && second <= 12) return Hint.DMY;
        if (second > 12 && first <= 12) return Hint.MDY;
        if (first <= 12 && second <= 12 && first != second) return Hint.AMBIGUOUS;
        return Hint.NONE;
    }

    /**
     * @param order the order to read year-last dates in; null reads each date the only way it can be
     *              read, and reports a date that could be read both ways
     */
    static Cell parse(String text, DateOrder order) {
        String s = text.strip();
        if (s.isEmpty()) return Cell.ok(null);   // LabEntryCheck says a date is needed
        Matcher iso = YEAR_FIRST.matcher(s);
        if (iso.matches()) {
            return of(s, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)), null);
        }
        Matcher m = YEAR_LAST.matcher(s);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            DateOrder used = order != null ? order : switch (hint(s)) {
                case DMY -> DateOrder.DMY;
                case MDY -> DateOrder.MDY;
                case AMBIGUOUS -> null;
                case NONE -> first == second ? DateOrder.DMY : null;
            };
            if (used == null && hint(s) == Hint.AMBIGUOUS) {
                return Cell.wrong("The date " + s + " could be read as day/month or as month/day: choose the date order.");
            }
            if (used == null) return Cell.wrong("\"" + s + "\" is not a real date.");
            return used == DateOrder.DMY ? of(s, year, second, first, order) : of(s, year, first, second, order);
        }
        if (SHORT_YEAR.matcher(s).matches()) {
            return Cell.wrong("The date " + s + " has a 2-digit year. Write the year in full, for example 05/03/2024.");
        }
        return Cell.wrong("Cannot read the date \"" + s + "\". Write it like 2024-03-05 or 05/03/2024.");
    }

    private static Cell of(String text, int year, int month, int day, DateOrder order) {
        try {
            return Cell.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            String how = order == null ? "" : order == DateOrder.DMY ? " in day/month/year order" : " in month/day/year order";
            return Cell.wrong("\"" + text + "\" is not a real date" + how + ".");
        }
    }
}
