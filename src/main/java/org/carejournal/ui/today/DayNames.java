package org.carejournal.ui.today;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How days and times are written on the Today screen: "today, Wednesday 25 November". */
public final class DayNames {
    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    public static final DateTimeFormatter LONG_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private DayNames() {}

    /** "today, Wednesday 25 November", "yesterday, …", or the date (with the year when it is not this year's). */
    public static String describe(LocalDate d, LocalDate today) {
        String date = (d.getYear() == today.getYear() ? LONG : LONG_WITH_YEAR).format(d);
        if (d.equals(today)) return "today, " + date;
        if (d.equals(today.minusDays(1))) return "yesterday, " + date;
        return date;
    }
}
