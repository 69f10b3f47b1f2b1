package org.carejournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.SymptomNameCheck;
import org.carejournal.domain.checkin.Symptoms;

/**
 * Each person's list of tracked symptoms. A person starts with the {@link StandardSymptom} list,
 * written the first time their list is asked for (or a symptom is added), so a journal never holds
 * a person with only some of the standard symptoms.
 */
public final class SymptomRepository implements Symptoms {

    private static final String SELECT = "SELECT id, standard_key, name, hidden, position FROM symptom"
            + " WHERE person_id = ? ORDER BY position, id";
    private static final String INSERT = "INSERT INTO symptom (person_id, standard_key, name, hidden, position, created_at)"
            + " VALUES (?, ?, ?, 0, ?, ?)";

    private final Database db;
    private final Clock clock;

    public SymptomRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code created_at} time (fixed in tests) */
    public SymptomRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The person's symptoms in check-in order, hidden ones included; the standard list is written
     * first when the person has none yet.
     */
    @Override
    public List<Symptom> list(long personId) {
        // Read first: the write lock is taken only the one time the list has to be seeded.
        List<Symptom> symptoms = db.read(c -> select(c, personId));
        if (!symptoms.isEmpty()) return symptoms;
        return db.inTransaction(c -> {
            seedIfEmpty(c, personId);
            return select(c, personId);
        });
    }

    /**
     * Adds a symptom at the end of the list.
     *
     * @throws JournalException with the {@link SymptomNameCheck} message when the name is blank, too
     *                          long or already on the person's list (in any letter case); nothing is saved
     */
    @Override
    public Symptom addCustom(long personId, String name) {
        return db.inTransaction(c -> {
            // Seed first, or a person whose first act is adding a symptom would never get the standard ones.
            seedIfEmpty(c, personId);
            // The UI checks too, but only the store sees the list as it is inside this transaction.
            Optional<String> problem = SymptomNameCheck.problem(name, select(c, personId));
            if (problem.isPresent()) throw new JournalException(problem.get());
            String stripped = name.strip();
            int position = nextPosition(c, personId);
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bindInsert(s, personId, null, stripped, position);
                s.executeUpdate();
            }
            return new Symptom(Rows.lastInsertId(c), null, stripped, false, position);
        });
    }

    /** Hides a symptom from the check-in (its past ratings stay), or shows it again. */
    @Override
    public void setHidden(long symptomId, boolean hidden) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE symptom SET hidden = ? WHERE id = ?")) {
                s.setInt(1, hidden ? 1 : 0);
                s.setLong(2, symptomId);
                Rows.expectOne(s.executeUpdate(), "That symptom is no longer in the journal.");
            }
        });
    }

    /**
     * Saves a new order in one transaction.
     *
     * @param idsInOrder every one of the person's symptom ids, each once
     * @throws JournalException when the ids are not exactly the person's symptoms (the list changed
     *                          meanwhile); nothing is saved
     */
    @Override
    public void reorder(long personId, List<Long> idsInOrder) {
        db.inTransactionDo(c -> {
            List<Symptom> current = select(c, personId);
            HashSet<Long> stored = new HashSet<>();
            for (Symptom s : current) stored.add(s.id());
            if (idsInOrder.size() != stored.size() || !stored.equals(new HashSet<>(idsInOrder))) {
                throw new JournalException("The list of symptoms changed while it was being reordered; nothing was saved.");
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE symptom SET position = ? WHERE id = ? AND person_id = ?")) {
                for (int i = 0; i < idsInOrder.size(); i++) {
                    s.setInt(1, i);
                    s.setLong(2, idsInOrder.get(i));
                    s.setLong(3, personId);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void seedIfEmpty(Connection c, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM symptom WHERE person_id = ?)")) {
            s.setLong(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getInt(1) != 0) return;
            }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            StandardSymptom[] standard = StandardSymptom.values();
            for (int i = 0; i < standard.length; i++) {
                bindInsert(s, personId, standard[i].key(), standard[i].displayName(), i);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void bindInsert(PreparedStatement s, long personId, String standardKey, String name, int position)
            throws SQLException {
        s.setLong(1, personId);
        s.setString(2, standardKey);
        s.setString(3, name);
        s.setInt(4, position);
        s.setString(5, Instant.now(clock).toString());
    }

    private static int nextPosition(Connection c, long personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(position) + 1, 0) FROM symptom WHERE person_id = ?")) {
            s.setLong(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static List<Symptom> select(Connection c, long personId) throws SQLException {
        List<Symptom> symptoms = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setLong(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) symptoms.add(map(rs));
            }
        }
        return symptoms;
    }

    /**
     * A standard key this version does not know (added by a later version) is read as a custom
     * symptom: the person still sees and rates it, only the rules do not recognise it.
     */
    private static Symptom map(ResultSet rs) throws SQLException {
        String key = rs.getString(2);
        StandardSymptom standard = key == null ? null : StandardSymptom.fromKey(key).orElse(null);
        return new Symptom(rs.getLong(1), standard, rs.getString(3), rs.getInt(4) != 0, rs.getInt(5));
    }
}
