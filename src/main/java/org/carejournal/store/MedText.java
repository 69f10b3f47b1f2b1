package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the medication tables keep dates, times and optional values as text. Local date-times and
 * times of day are kept to the minute, as for pain entries: a dose is planned and remembered to the
 * minute, and whole minutes make "the same due dose" an exact text match for the unique index.
 */
final class MedText {
    private MedText() {}

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    static LocalDateTime toMinute(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MINUTES);
    }

    /** 'yyyy-MM-ddTHH:mm', or null for null. */
    static String minute(LocalDateTime t) {
        return t == null ? null : MINUTE.format(t);
    }

    static LocalDateTime parseMinute(String text) {
        return text == null ? null : PainLogRepository.parseMinute(text);
    }

    static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate parseDay(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** Times of day as 'HH:mm,HH:mm' (seconds dropped), '' for none. */
    static String times(List<LocalTime> times) {
        return times.stream().map(t -> HOUR_MINUTE.format(t)).collect(Collectors.joining(","));
    }

    static List<LocalTime> parseTimes(String text) {
        List<LocalTime> times = new ArrayList<>();
        if (text == null || text.isBlank()) return times;
        for (String each : text.split(",")) times.add(LocalTime.parse(each.strip(), HOUR_MINUTE));
        return times;
    }

    /** Binds a possibly null id. */
    static void bindId(PreparedStatement s, int index, Long id) throws SQLException {
        if (id == null) s.setNull(index, Types.INTEGER);
        else s.setLong(index, id);
    }

    /** A possibly null id column. */
    static Long id(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
