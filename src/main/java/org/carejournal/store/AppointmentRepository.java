package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Appointments;

/** Appointments entered by hand, their time kept to the minute. */
public final class AppointmentRepository implements Appointments {

    private static final String INSERT = "INSERT INTO appointment (at, with_whom, place, note, person_id)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE appointment SET at = ?, with_whom = ?, place = ?, note = ? WHERE id = ?";
    private static final String SELECT = "SELECT id, at, with_whom, place, note FROM appointment WHERE person_id = ?"
            + " ORDER BY at, id";

    private final Database db;

    public AppointmentRepository(Database db) {
        this.db = db;
    }

    /** Saves a new appointment (its id is ignored) and returns it as stored: with its id, the time to the minute. */
    @Override
    public Appointment add(long personId, Appointment appointment) {
        Appointment stored = toMinute(appointment);
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, stored);
                s.setLong(5, personId);
                s.executeUpdate();
            }
            return stored.withId(Rows.lastInsertId(c));
        });
    }

    /** Saves the changed fields of an appointment, found by its id. */
    @Override
    public void update(Appointment appointment) {
        Appointment stored = toMinute(appointment);
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bind(s, stored);
                s.setLong(5, stored.id());
                Rows.expectOne(s.executeUpdate(), "That appointment is no longer in the journal.");
            }
        });
    }

    /** Deletes an appointment; one already gone is ignored. */
    @Override
    public void delete(long appointmentId) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM appointment WHERE id = ?")) {
                s.setLong(1, appointmentId);
                s.executeUpdate();
            }
        });
    }

    /** The person's appointments, soonest first (past ones included). */
    @Override
    public List<Appointment> all(long personId) {
        return db.read(c -> {
            List<Appointment> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Appointment(rs.getLong(1), MedText.parseMinute(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return list;
        });
    }

    private static Appointment toMinute(Appointment a) {
        return new Appointment(a.id(), MedText.toMinute(a.at()), a.with(), a.place(), a.note());
    }

    /** Binds at to note at parameters 1 to 4. */
    private static void bind(PreparedStatement s, Appointment a) throws SQLException {
        s.setString(1, MedText.minute(a.at()));
        s.setString(2, a.with());
        s.setString(3, a.place());
        s.setString(4, a.note());
    }
}
