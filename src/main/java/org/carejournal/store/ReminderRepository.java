package org.carejournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.ReminderState;
import org.carejournal.domain.meds.Reminders;

/**
 * Care reminders, open and closed. A generated reminder's key is unique per person, so the rules can
 * never save the same reminder twice; one added by hand has no key. A reminder outlives the medicine it
 * is about (its medicine id becomes null).
 */
public final class ReminderRepository implements Reminders {

    private static final String FIELDS = "kind, title, why, source, article_tag, due, medication_id, state,"
            + " snoozed_until, done_on, dismiss_reason";
    private static final String INSERT = "INSERT INTO reminder (" + FIELDS + ", person_id, key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE reminder SET kind = ?, title = ?, why = ?, source = ?,"
            + " article_tag = ?, due = ?, medication_id = ?, state = ?, snoozed_until = ?, done_on = ?,"
            + " dismiss_reason = ? WHERE id = ?";
    private static final String SELECT = "SELECT id, key, " + FIELDS + " FROM reminder WHERE person_id = ?"
            + " ORDER BY due, id";

    private final Database db;

    public ReminderRepository(Database db) {
        this.db = db;
    }

    /**
     * Saves a new reminder (its id is ignored) and returns it with its id.
     *
     * @throws JournalException when the person already has a reminder with the same key (nothing is saved)
     */
    @Override
    public Reminder add(long personId, Reminder reminder) {
        return db.inTransaction(c -> {
            if (reminder.key() != null && keyTaken(c, personId, reminder.key())) {
                throw new JournalException("The journal already has the reminder " + reminder.key() + ".");
            }
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bindFields(s, reminder);
                s.setLong(12, personId);
                s.setString(13, reminder.key());
                s.executeUpdate();
            }
            return reminder.withId(Rows.lastInsertId(c));
        });
    }

    /** Saves a changed reminder, found by its id: state, dates and text (its key and person stay). */
    @Override
    public void update(Reminder reminder) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bindFields(s, reminder);
                s.setLong(12, reminder.id());
                Rows.expectOne(s.executeUpdate(), "That reminder is no longer in the journal.");
            }
        });
    }

    /** Deletes a reminder; one already gone is ignored. */
    @Override
    public void delete(long reminderId) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM reminder WHERE id = ?")) {
                s.setLong(1, reminderId);
                s.executeUpdate();
            }
        });
    }

    /**
     * Every reminder of the person, by due date (then the order they were added); reminders of a kind
     * or state this app version does not know are skipped.
     */
    @Override
    public List<Reminder> all(long personId) {
        return db.read(c -> {
            List<Reminder> reminders = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Reminder r = map(rs);
                        if (r != null) reminders.add(r);
                    }
                }
            }
            return reminders;
        });
    }

    // ---- mapping ----------------------------------------------------------------------------

    // Asked first so the message names the reminder; the UNIQUE constraint stays the guarantee.
    private static boolean keyTaken(Connection c, long personId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM reminder WHERE person_id = ? AND key = ?)")) {
            s.setLong(1, personId);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) != 0;
            }
        }
    }

    /** Binds kind to dismiss_reason at parameters 1 to 11. */
    private static void bindFields(PreparedStatement s, Reminder r) throws SQLException {
        s.setString(1, r.kind().name());
        s.setString(2, r.title());
        s.setString(3, r.why());
        s.setString(4, r.source());
        s.setString(5, r.articleTag());
        s.setString(6, MedText.day(r.due()));
        MedText.bindId(s, 7, r.medicationId());
        s.setString(8, r.state().name());
        s.setString(9, MedText.day(r.snoozedUntil()));
        s.setString(10, MedText.day(r.doneOn()));
        s.setString(11, r.dismissReason());
    }

    /** The reminder in this row, or null for a kind or state this version does not know. */
    private static Reminder map(ResultSet rs) throws SQLException {
        ReminderKind kind = EnumText.parse(rs.getString(3), ReminderKind.class);
        ReminderState state = EnumText.parse(rs.getString(10), ReminderState.class);
        if (kind == null || state == null) return null;
        return new Reminder(rs.getLong(1), rs.getString(2), kind, rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), MedText.parseDay(rs.getString(8)), MedText.id(rs, 9), state,
                MedText.parseDay(rs.getString(11)), MedText.parseDay(rs.getString(12)), rs.getString(13));
    }
}
