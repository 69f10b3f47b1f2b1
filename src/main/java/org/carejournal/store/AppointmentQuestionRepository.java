package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.domain.library.AppointmentQuestions;

/** The questions each person keeps for their appointments. */
public final class AppointmentQuestionRepository implements AppointmentQuestions {

    private static final String INSERT = "INSERT INTO appointment_question (person_id, text, article_id, added_on)"
            + " VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, person_id, text, article_id, added_on, asked_on"
            + " FROM appointment_question WHERE person_id = ?";
    private static final String OLDEST_FIRST = " ORDER BY added_on, id";
    /** The open list; its plan is held to the index by a test. */
    static final String OPEN = SELECT + " AND asked_on IS NULL" + OLDEST_FIRST;
    private static final String CONTAINS = "SELECT EXISTS (SELECT 1 FROM appointment_question"
            + " WHERE person_id = ? AND asked_on IS NULL AND text = ?)";
    private static final String MISSING = "That question is no longer in the journal.";

    private final Database db;

    public AppointmentQuestionRepository(Database db) {
        this.db = db;
    }

    /** Saves a new open question (text stripped) and returns it with its id. */
    @Override
    public AppointmentQuestion add(long personId, String text, String articleIdOrNull, LocalDate on) {
        // The record checks the text before anything is written.
        AppointmentQuestion question = new AppointmentQuestion(0, personId, text, articleIdOrNull, on, null);
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setLong(1, personId);
                s.setString(2, question.text());
                s.setString(3, question.articleId());
                s.setString(4, question.addedOn().toString());
                s.executeUpdate();
            }
            return question.withId(Rows.lastInsertId(c));
        });
    }

    /** Questions not yet asked, oldest first. */
    @Override
    public List<AppointmentQuestion> open(long personId) {
        return query(OPEN, personId);
    }

    /** Every question, asked or not, oldest first. */
    @Override
    public List<AppointmentQuestion> all(long personId) {
        return query(SELECT + OLDEST_FIRST, personId);
    }

    /** Marks a question asked on a day; asked already, it keeps its first day. */
    @Override
    public void markAsked(long id, LocalDate on) {
        if (on == null) throw new IllegalArgumentException("The day the question was asked is needed");
        update("UPDATE appointment_question SET asked_on = coalesce(asked_on, ?) WHERE id = ?", id, on.toString());
    }

    /** Puts a question back on the open list. */
    @Override
    public void reopen(long id) {
        update("UPDATE appointment_question SET asked_on = ? WHERE id = ?", id, null);
    }

    /** Deletes a question; one already gone is ignored. */
    @Override
    public void delete(long id) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM appointment_question WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        });
    }

    /** Whether an open question of the person has exactly this text, once stripped. */
    @Override
    public boolean contains(long personId, String text) {
        if (text == null || text.isBlank()) return false;
        String stripped = text.strip();
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(CONTAINS)) {
                s.setLong(1, personId);
                s.setString(2, stripped);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        });
    }

    /** Sets asked_on (parameter 1) of question {@code id}; fails when the question is gone. */
    private void update(String sql, long id, String askedOn) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, askedOn);
                s.setLong(2, id);
                Rows.expectOne(s.executeUpdate(), MISSING);
            }
        });
    }

    private List<AppointmentQuestion> query(String sql, long personId) {
        return db.read(c -> {
            List<AppointmentQuestion> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) list.add(row(rs));
                }
            }
            return list;
        });
    }

    private static AppointmentQuestion row(ResultSet rs) throws SQLException {
        String asked = rs.getString(6);
        return new AppointmentQuestion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                LocalDate.parse(rs.getString(5)), asked == null ? null : LocalDate.parse(asked));
    }
}
