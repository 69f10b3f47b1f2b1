package org.carejournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;

/**
 * Daily check-ins, at most one per person and day, with their symptom ratings. Ratings are read
 * together with their check-ins in one query, so a year of check-ins costs one round trip.
 */
public final class CheckInRepository implements CheckIns {

    // Plain left joins keep this an index walk (check-in range, then each one's ratings by primary
    // key); a rating whose symptom is gone comes back with s.id NULL and is skipped in Java, because
    // a nested (rating JOIN symptom) would be materialised for the whole table first.
    // Package-private so CheckInSchemaTest can check its query plan.
    static final String SELECT = "SELECT c.id, c.day, c.temperature_value, c.temperature_unit, c.note,"
            + " c.signs, s.id, r.rating FROM check_in c"
            + " LEFT JOIN check_in_rating r ON r.check_in_id = c.id LEFT JOIN symptom s ON s.id = r.symptom_id"
            + " WHERE c.person_id = ? AND c.day BETWEEN ? AND ? ORDER BY c.day";
    private static final String UPSERT = "INSERT INTO check_in (person_id, day, temperature_value, temperature_unit,"
            + " note, signs, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (person_id, day) DO UPDATE SET temperature_value = excluded.temperature_value,"
            + " temperature_unit = excluded.temperature_unit, note = excluded.note, signs = excluded.signs,"
            + " updated_at = excluded.updated_at";
    // Only the person's own symptoms are rated: a rating of a symptom that is gone is dropped rather
    // than failing the whole day's save.
    private static final String INSERT_RATING = "INSERT INTO check_in_rating (check_in_id, symptom_id, rating)"
            + " SELECT ?, id, ? FROM symptom WHERE id = ? AND person_id = ?";

    private final Database db;
    private final Clock clock;

    public CheckInRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code created_at} and {@code updated_at} times (fixed in tests) */
    public CheckInRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The check-in of one day, if there is one. */
    @Override
    public Optional<CheckIn> on(long personId, LocalDate date) {
        return db.read(c -> select(c, personId, date.toString(), date.toString())).stream().findFirst();
    }

    /**
     * Saves the day's check-in in one transaction: a new row, or the day's existing row updated in
     * place (same id) with its ratings replaced as a whole. The id of {@code checkIn} is ignored;
     * the person and date find the row.
     *
     * @return the check-in as stored, with its id (ratings of symptoms not on the person's list are dropped)
     */
    @Override
    public CheckIn save(long personId, CheckIn checkIn) {
        String day = checkIn.date().toString();
        String now = Instant.now(clock).toString();
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                s.setLong(1, personId);
                s.setString(2, day);
                bindTemperature(s, 3, checkIn.temperature());
                s.setString(5, checkIn.note());
                s.setString(6, EnumText.join(checkIn.signs()));
                s.setString(7, now);
                s.setString(8, now);
                s.executeUpdate();
            }
            // last_insert_rowid() is not set when the upsert updated, so the id is looked up.
            long id = idOf(c, personId, day);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM check_in_rating WHERE check_in_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            insertRatings(c, personId, id, checkIn.ratings());
            return select(c, personId, day, day).get(0);
        });
    }

    /** Check-ins within the range (a null end is open), oldest first, with their ratings. */
    @Override
    public List<CheckIn> between(long personId, DateRange range) {
        return db.read(c -> select(c, personId, Rows.fromDay(range), Rows.toDay(range)));
    }

    /** The days in the range that have a check-in, oldest first. */
    @Override
    public List<LocalDate> datesWith(long personId, DateRange range) {
        return db.read(c -> {
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT day FROM check_in WHERE person_id = ? AND day BETWEEN ? AND ? ORDER BY day")) {
                s.setLong(1, personId);
                s.setString(2, Rows.fromDay(range));
                s.setString(3, Rows.toDay(range));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) days.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return days;
        });
    }

    /** Whether the person has any check-in at all. */
    @Override
    public boolean any(long personId) {
        return db.read(c -> Rows.anyFor(c, "check_in", personId));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static long idOf(Connection c, long personId, String day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM check_in WHERE person_id = ? AND day = ?")) {
            s.setLong(1, personId);
            s.setString(2, day);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new SQLException("the check-in of " + day + " was not saved");
                return rs.getLong(1);
            }
        }
    }

    private static void insertRatings(Connection c, long personId, long checkInId, Map<Long, Integer> ratings)
            throws SQLException {
        if (ratings.isEmpty()) return;
        try (PreparedStatement s = c.prepareStatement(INSERT_RATING)) {
            for (Map.Entry<Long, Integer> e : ratings.entrySet()) {
                s.setLong(1, checkInId);
                s.setInt(2, e.getValue());
                s.setLong(3, e.getKey());
                s.setLong(4, personId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindTemperature(PreparedStatement s, int first, Temperature t) throws SQLException {
        if (t == null) {
            s.setNull(first, Types.REAL);
            s.setNull(first + 1, Types.VARCHAR);
        } else {
            s.setDouble(first, t.value());
            s.setString(first + 1, t.unit() == Temperature.Unit.CELSIUS ? "C" : "F");
        }
    }

    private static Temperature temperature(ResultSet rs) throws SQLException {
        double value = rs.getDouble(3);
        if (rs.wasNull()) return null;
        String unit = rs.getString(4);
        if ("C".equals(unit)) return new Temperature(value, Temperature.Unit.CELSIUS);
        if ("F".equals(unit)) return new Temperature(value, Temperature.Unit.FAHRENHEIT);
        return null;
    }

    /** Folds the joined rows (one per rating, or one with no rating) into check-ins, in row order. */
    private static List<CheckIn> select(Connection c, long personId, String fromDay, String toDay) throws SQLException {
        List<CheckIn> checkIns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setLong(1, personId);
            s.setString(2, fromDay);
            s.setString(3, toDay);
            try (ResultSet rs = s.executeQuery()) {
                Row current = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (current == null || current.id != id) {
                        if (current != null) checkIns.add(current.toCheckIn());
                        current = new Row(id, LocalDate.parse(rs.getString(2)), temperature(rs), rs.getString(5),
                                rs.getString(6));
                    }
                    long symptomId = rs.getLong(7);
                    if (!rs.wasNull()) current.ratings.put(symptomId, rs.getInt(8));
                }
                if (current != null) checkIns.add(current.toCheckIn());
            }
        }
        return checkIns;
    }

    /** One check-in while its rating rows are being read. */
    private static final class Row {
        final long id;
        final LocalDate day;
        final Temperature temperature;
        final String note;
        final String signs;
        final Map<Long, Integer> ratings = new LinkedHashMap<>();

        Row(long id, LocalDate day, Temperature temperature, String note, String signs) {
            this.id = id;
            this.day = day;
            this.temperature = temperature;
            this.note = note;
            this.signs = signs;
        }

        CheckIn toCheckIn() {
            return new CheckIn(id, day, ratings, EnumText.split(signs, WarningSign.class), temperature, note);
        }
    }
}
