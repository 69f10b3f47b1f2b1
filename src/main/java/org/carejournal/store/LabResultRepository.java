package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;

/**
 * Lab results, one person at a time. Values are stored in the test's canonical unit together with
 * the text and unit exactly as entered, so nothing the person typed is lost.
 */
public final class LabResultRepository implements LabResults {

    private static final String COLUMNS =
            "id, test, taken_on, value, censored, entered_text, entered_unit, lab, note, excluded";
    private static final String INSERT = "INSERT INTO lab_result (person_id, test, taken_on, value, censored,"
            + " entered_text, entered_unit, lab, note, excluded, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_WITH_ID = "INSERT INTO lab_result (id, person_id, test, taken_on, value, censored,"
            + " entered_text, entered_unit, lab, note, excluded, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MISSING = "That lab result is no longer in the journal.";

    private final Database db;
    private final Clock clock;

    public LabResultRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code created_at} time (fixed in tests) */
    public LabResultRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves a new result (its id is ignored) and returns it with the id it was given. */
    public LabResult add(long personId, LabResult r) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bindInsert(s, 1, personId, r, Instant.now(clock).toString());
                s.executeUpdate();
            }
            return r.withId(Rows.lastInsertId(c));
        });
    }

    /** Saves all results in one transaction: either every one is saved or none is. */
    public void addAll(long personId, List<LabResult> results) {
        if (results.isEmpty()) return;
        String now = Instant.now(clock).toString();
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                for (LabResult r : results) {
                    bindInsert(s, 1, personId, r, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    /** Saves the changed fields of an existing result (found by its id). */
    public void update(LabResult r) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE lab_result SET test = ?, taken_on = ?, value = ?,"
                    + " censored = ?, entered_text = ?, entered_unit = ?, lab = ?, note = ?, excluded = ? WHERE id = ?")) {
                bindFields(s, 1, r);
                s.setLong(10, r.id());
                Rows.expectOne(s.executeUpdate(), MISSING);
            }
        });
    }

    /** Deletes a result; deleting one already gone does nothing. Keep the result to offer Undo ({@link #restore}). */
    public void delete(long id) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM lab_result WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        });
    }

    /** Undo of {@link #delete}: puts the result back with the same id (ids are never reused). */
    public LabResult restore(long personId, LabResult deleted) {
        if (deleted.id() <= 0) throw new IllegalArgumentException("Only a saved result can be restored");
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT_WITH_ID)) {
                s.setLong(1, deleted.id());
                bindInsert(s, 2, personId, deleted, Instant.now(clock).toString());
                s.executeUpdate();
            }
        });
        return deleted;
    }

    /** Leaves a result out of (or puts it back into) the PSA kinetics. */
    public void setExcluded(long id, boolean excluded) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE lab_result SET excluded = ? WHERE id = ?")) {
                s.setInt(1, excluded ? 1 : 0);
                s.setLong(2, id);
                Rows.expectOne(s.executeUpdate(), MISSING);
            }
        });
    }

    public Optional<LabResult> find(long id) {
        List<LabResult> found = query("SELECT " + COLUMNS + " FROM lab_result WHERE id = ?", s -> s.setLong(1, id));
        return found.stream().findFirst();
    }

    /** One test's results, oldest first (same day: in the order entered). */
    public List<LabResult> forTest(long personId, LabTest test) {
        return query("SELECT " + COLUMNS + " FROM lab_result WHERE person_id = ? AND test = ? ORDER BY taken_on, id", s -> {
            s.setLong(1, personId);
            s.setString(2, test.code());
        });
    }

    /** Every result of a person, oldest first (same day: in the order entered). */
    public List<LabResult> all(long personId) {
        return query("SELECT " + COLUMNS + " FROM lab_result WHERE person_id = ? ORDER BY taken_on, id",
                s -> s.setLong(1, personId));
    }

    public int count(long personId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM lab_result WHERE person_id = ?")) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    // ---- mapping ----------------------------------------------------------------------------

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private List<LabResult> query(String sql, Binder binder) {
        return db.read(c -> {
            List<LabResult> results = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LabResult r = map(rs);
                        if (r != null) results.add(r);
                    }
                }
            }
            return results;
        });
    }

    /** The result in this row, or null for a test this version does not know (kept in the file, not shown). */
    private static LabResult map(ResultSet rs) throws SQLException {
        Optional<LabTest> test = LabTest.byCode(rs.getString(2));
        if (test.isEmpty()) return null;
        LabValue value = new LabValue(rs.getDouble(4), rs.getInt(5) != 0);
        return new LabResult(rs.getLong(1), test.get(), LocalDate.parse(rs.getString(3)), value,
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10) != 0);
    }

    private static void bindInsert(PreparedStatement s, int first, long personId, LabResult r, String createdAt)
            throws SQLException {
        s.setLong(first, personId);
        bindFields(s, first + 1, r);
        s.setString(first + 10, createdAt);
    }

    /** Binds the nine stored fields of a result, test to excluded, starting at {@code first}. */
    private static void bindFields(PreparedStatement s, int first, LabResult r) throws SQLException {
        s.setString(first, r.test().code());
        s.setString(first + 1, r.date().toString());
        s.setDouble(first + 2, r.value().value());
        s.setInt(first + 3, r.value().censored() ? 1 : 0);
        s.setString(first + 4, r.enteredText());
        s.setString(first + 5, r.enteredUnit());
        s.setString(first + 6, r.lab());
        s.setString(first + 7, r.note());
        s.setInt(first + 8, r.excluded() ? 1 : 0);
    }
}
