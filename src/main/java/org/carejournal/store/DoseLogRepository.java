package org.carejournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseLog;
import org.carejournal.domain.meds.DoseStatus;

/**
 * The dose log. A planned dose has at most one row, found by its medicine and due time; recording it
 * again (taken after all, or skipped instead) replaces the earlier answer in that row. Times are kept to
 * the minute.
 */
public final class DoseLogRepository implements DoseLog {

    private static final String COLUMNS = "medication_id, due_at, day, status, taken_at, reason, amount";
    // The conflict target repeats the partial index's WHERE, which SQLite needs to match it.
    private static final String UPSERT = "INSERT INTO dose_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (medication_id, due_at) WHERE due_at IS NOT NULL DO UPDATE SET status = excluded.status,"
            + " taken_at = excluded.taken_at, reason = excluded.reason, amount = excluded.amount";
    private static final String UPDATE_AS_NEEDED = "UPDATE dose_event SET medication_id = ?, due_at = ?, day = ?,"
            + " status = ?, taken_at = ?, reason = ?, amount = ? WHERE id = ? AND due_at IS NULL";
    // Package-private so MedicationSchemaTest can check its query plan: the person's medicines by
    // medication_by_person, then each one's days by dose_event_by_medication_day. The rows come one
    // medicine after another, each in day order; they are merged in Java (see between), which costs
    // less than SQLite's sort over ten years of doses.
    static final String BETWEEN = "SELECT e.id, e.medication_id, e.due_at, e.status, e.taken_at, e.reason, e.amount"
            + " FROM medication m JOIN dose_event e ON e.medication_id = m.id"
            + " WHERE m.person_id = ? AND e.day BETWEEN ? AND ?";
    // The day is the date of the due time, else of the taken time, so this time alone orders by day too.
    private static final Comparator<DoseEvent> OLDEST_FIRST = Comparator
            .comparing((DoseEvent e) -> e.dueAt() != null ? e.dueAt() : e.takenAt())
            .thenComparingLong(DoseEvent::id);

    private final Database db;

    public DoseLogRepository(Database db) {
        this.db = db;
    }

    /**
     * Records a dose and returns it as stored, with its id and times to the minute. A planned dose
     * (with a due time) replaces any earlier answer for the same medicine and due time and keeps that
     * row's id. An as-needed dose is added, or, when it carries the id of an as-needed dose already
     * logged, replaces that one.
     */
    @Override
    public DoseEvent record(DoseEvent event) {
        DoseEvent stored = toMinute(event);
        return db.inTransaction(c -> {
            if (!stored.planned() && stored.id() > 0) {
                try (PreparedStatement s = c.prepareStatement(UPDATE_AS_NEEDED)) {
                    bind(s, stored);
                    s.setLong(8, stored.id());
                    Rows.expectOne(s.executeUpdate(), "That dose is no longer in the journal.");
                }
                return stored;
            }
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                bind(s, stored);
                s.executeUpdate();
            }
            // last_insert_rowid() is not set when the upsert updated, so a planned dose's id is looked up.
            return stored.withId(stored.planned() ? idOfDueDose(c, stored) : Rows.lastInsertId(c));
        });
    }

    /** Deletes an event (the dose is then not recorded); one already gone is ignored. */
    @Override
    public void delete(long eventId) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dose_event WHERE id = ?")) {
                s.setLong(1, eventId);
                s.executeUpdate();
            }
        });
    }

    /**
     * Events of the person's medicines (removed ones included) whose day is within the days given
     * (inclusive), oldest first: by day, then due or taken time, then the order they were recorded.
     * Events with a status this app version does not know are skipped.
     */
    @Override
    public List<DoseEvent> between(long personId, LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<DoseEvent> events = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(BETWEEN)) {
                s.setLong(1, personId);
                s.setString(2, from.toString());
                s.setString(3, to.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        DoseEvent e = map(rs);
                        if (e != null) events.add(e);
                    }
                }
            }
            // Timsort merges the per-medicine runs the index gives nearly in linear time.
            events.sort(OLDEST_FIRST);
            return events;
        });
    }

    /** Whether the medicine has any dose logged. */
    @Override
    public boolean any(long medicationId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM dose_event WHERE medication_id = ?)")) {
                s.setLong(1, medicationId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        });
    }

    // ---- mapping ----------------------------------------------------------------------------

    private static long idOfDueDose(Connection c, DoseEvent e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM dose_event WHERE medication_id = ? AND due_at = ?")) {
            s.setLong(1, e.medicationId());
            s.setString(2, MedText.minute(e.dueAt()));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new SQLException("the dose due " + e.dueAt() + " was not saved");
                return rs.getLong(1);
            }
        }
    }

    private static DoseEvent toMinute(DoseEvent e) {
        return new DoseEvent(e.id(), e.medicationId(), MedText.toMinute(e.dueAt()), e.status(),
                MedText.toMinute(e.takenAt()), e.reason(), e.amount());
    }

    /** Binds medication_id to amount at parameters 1 to 7. */
    private static void bind(PreparedStatement s, DoseEvent e) throws SQLException {
        s.setLong(1, e.medicationId());
        s.setString(2, MedText.minute(e.dueAt()));
        s.setString(3, e.day().toString());
        s.setString(4, e.status().name());
        s.setString(5, MedText.minute(e.takenAt()));
        s.setString(6, e.reason());
        s.setString(7, e.amount());
    }

    /** The event in this row, or null for a status this version does not know. */
    private static DoseEvent map(ResultSet rs) throws SQLException {
        DoseStatus status = EnumText.parse(rs.getString(4), DoseStatus.class);
        if (status == null) return null;
        return new DoseEvent(rs.getLong(1), rs.getLong(2), MedText.parseMinute(rs.getString(3)), status,
                MedText.parseMinute(rs.getString(5)), rs.getString(6), rs.getString(7));
    }
}
