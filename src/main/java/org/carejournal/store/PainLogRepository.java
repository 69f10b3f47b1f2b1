package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.RescueEffect;

/**
 * Pain entries, several a day allowed. The time is kept to the minute (seconds are dropped), which
 * is as precise as a person can say when the pain was; the day is stored beside it for range reads.
 */
public final class PainLogRepository implements PainLog {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final String INSERT = "INSERT INTO pain_entry (taken_at, day, now, worst, average, sites,"
            + " breakthrough, rescue_medicine, helped, person_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE pain_entry SET taken_at = ?, day = ?, now = ?, worst = ?, average = ?,"
            + " sites = ?, breakthrough = ?, rescue_medicine = ?, helped = ? WHERE id = ?";
    // Package-private so CheckInSchemaTest can check its query plan.
    // The index (person_id, day, taken_at) plus the rowid gives this order without sorting.
    static final String SELECT = "SELECT id, taken_at, now, worst, average, sites, breakthrough,"
            + " rescue_medicine, helped FROM pain_entry WHERE person_id = ? AND day BETWEEN ? AND ?"
            + " ORDER BY day, taken_at, id";

    private final Database db;
    private final Clock clock;

    public PainLogRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code created_at} time (fixed in tests) */
    public PainLogRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves a new entry (its id is ignored) and returns it as stored: with its id, the time to the minute. */
    @Override
    public PainEntry add(long personId, PainEntry entry) {
        PainEntry stored = toMinute(entry);
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bindFields(s, stored);
                s.setLong(10, personId);
                s.setString(11, Instant.now(clock).toString());
                s.executeUpdate();
            }
            return stored.withId(Rows.lastInsertId(c));
        });
    }

    /** Saves the changed fields of an existing entry (found by its id), its time too. */
    @Override
    public void update(PainEntry entry) {
        PainEntry stored = toMinute(entry);
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bindFields(s, stored);
                s.setLong(10, stored.id());
                Rows.expectOne(s.executeUpdate(), "That pain entry is no longer in the journal.");
            }
        });
    }

    /** Deletes an entry; deleting one already gone does nothing. */
    @Override
    public void delete(long id) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM pain_entry WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        });
    }

    /** Entries whose day is within the range (a null end is open), oldest first. */
    @Override
    public List<PainEntry> between(long personId, DateRange range) {
        return db.read(c -> {
            List<PainEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setLong(1, personId);
                s.setString(2, Rows.fromDay(range));
                s.setString(3, Rows.toDay(range));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) entries.add(map(rs));
                }
            }
            return entries;
        });
    }

    @Override
    public boolean any(long personId) {
        return db.read(c -> Rows.anyFor(c, "pain_entry", personId));
    }

    // ---- mapping ----------------------------------------------------------------------------

    private static PainEntry toMinute(PainEntry e) {
        LocalDateTime minute = e.takenAt().truncatedTo(ChronoUnit.MINUTES);
        if (minute.equals(e.takenAt())) return e;
        return new PainEntry(e.id(), minute, e.now(), e.worst(), e.average(), e.sites(), e.breakthrough(),
                e.rescueMedicine(), e.helped());
    }

    /** Binds the nine stored fields, taken_at to helped, at parameters 1 to 9. */
    private static void bindFields(PreparedStatement s, PainEntry e) throws SQLException {
        s.setString(1, MINUTE.format(e.takenAt()));
        s.setString(2, e.date().toString());
        bindRating(s, 3, e.now());
        bindRating(s, 4, e.worst());
        bindRating(s, 5, e.average());
        s.setString(6, EnumText.join(e.sites()));
        s.setInt(7, e.breakthrough() ? 1 : 0);
        s.setString(8, e.rescueMedicine());
        s.setString(9, e.helped() == null ? null : e.helped().name());
    }

    private static void bindRating(PreparedStatement s, int index, Integer rating) throws SQLException {
        if (rating == null) s.setNull(index, Types.INTEGER);
        else s.setInt(index, rating);
    }

    private static Integer rating(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Reads 'yyyy-MM-ddTHH:mm' by position: a DateTimeFormatter is several times slower, which shows
     * when ten years of entries are read for the pain chart.
     */
    static LocalDateTime parseMinute(String t) {
        if (t.length() != 16 || t.charAt(10) != 'T') return LocalDateTime.parse(t, MINUTE);   // the strict path explains the problem
        return LocalDateTime.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10),
                Integer.parseInt(t, 11, 13, 10), Integer.parseInt(t, 14, 16, 10));
    }

    private static PainEntry map(ResultSet rs) throws SQLException {
        return new PainEntry(rs.getLong(1), parseMinute(rs.getString(2)), rating(rs, 3), rating(rs, 4),
                rating(rs, 5), EnumText.split(rs.getString(6), BodyRegion.class), rs.getInt(7) != 0, rs.getString(8),
                EnumText.parse(rs.getString(9), RescueEffect.class));
    }
}
