package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.domain.checkin.RaisedFlags;
import org.carejournal.domain.checkin.RedFlag;

/** The red flags raised for each person, kept once per flag and day until acknowledged and after. */
public final class RaisedFlagRepository implements RaisedFlags {

    // ON CONFLICT on the named key rather than INSERT OR IGNORE: OR IGNORE would also swallow a
    // NOT NULL or CHECK failure and report it as "already raised".
    private static final String INSERT = "INSERT INTO raised_flag (person_id, flag, day, reason, raised_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id, flag, day) DO NOTHING";
    private static final String SELECT = "SELECT id, flag, day, reason, acknowledged_at FROM raised_flag WHERE person_id = ?";
    private static final String NEWEST_FIRST = " ORDER BY day DESC, id DESC";

    private final Database db;
    private final Clock clock;

    public RaisedFlagRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code raised_at} time (fixed in tests) */
    public RaisedFlagRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records a flag for a day unless that flag is already recorded for that day, acknowledged or not.
     *
     * @return true when a new flag was recorded
     */
    @Override
    public boolean raise(long personId, RedFlag flag, LocalDate date, String reason) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setLong(1, personId);
                s.setString(2, flag.name());
                s.setString(3, date.toString());
                s.setString(4, reason == null ? "" : reason.strip());
                s.setString(5, Instant.now(clock).toString());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Flags not yet acknowledged, newest day first. */
    @Override
    public List<RaisedFlag> open(long personId) {
        return query(SELECT + " AND acknowledged_at IS NULL" + NEWEST_FIRST, personId);
    }

    /** Every flag ever raised, newest day first. */
    @Override
    public List<RaisedFlag> all(long personId) {
        return query(SELECT + NEWEST_FIRST, personId);
    }

    /**
     * Marks a flag as seen. Acknowledging it again keeps the first time, which is the one that matters
     * when looking back at how quickly a warning was acted on.
     *
     * @throws JournalException when the flag is no longer in the journal
     */
    @Override
    public void acknowledge(long id, Instant when) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE raised_flag SET acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ?")) {
                s.setString(1, when.toString());
                s.setLong(2, id);
                Rows.expectOne(s.executeUpdate(), "That warning is no longer in the journal.");
            }
        });
    }

    private List<RaisedFlag> query(String sql, long personId) {
        return db.read(c -> {
            List<RaisedFlag> flags = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        RaisedFlag f = map(rs);
                        if (f != null) flags.add(f);
                    }
                }
            }
            return flags;
        });
    }

    /** The flag in this row, or null for a pattern this version does not know (kept in the file, not shown). */
    private static RaisedFlag map(ResultSet rs) throws SQLException {
        RedFlag flag = EnumText.parse(rs.getString(2), RedFlag.class);
        if (flag == null) return null;
        String acknowledged = rs.getString(5);
        return new RaisedFlag(rs.getLong(1), flag, LocalDate.parse(rs.getString(3)), rs.getString(4),
                acknowledged == null ? null : Instant.parse(acknowledged));
    }
}
