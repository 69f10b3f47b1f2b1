package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.meds.TreatmentLine;

/**
 * A person's medicines and their schedule versions; treatment lines are kept by {@link TreatmentLineRows}.
 * Deleting a medicine takes its schedules, dose log and treatment-line links with it (the schema
 * cascades); its reminders stay, no longer tied to it.
 */
public final class MedicationPlanRepository implements MedicationPlan {

    private static final String INSERT = "INSERT INTO medication (catalog_key, name, drug_class, route, note, removed,"
            + " person_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE medication SET catalog_key = ?, name = ?, drug_class = ?, route = ?,"
            + " note = ?, removed = ? WHERE id = ?";
    private static final String SELECT = "SELECT id, catalog_key, name, drug_class, route, note, removed"
            + " FROM medication WHERE person_id = ? ORDER BY id";
    private static final String INSERT_SCHEDULE = "INSERT INTO schedule (kind, rrule, start_day, end_day, times, dose,"
            + " instruction, medication_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_SCHEDULE = "UPDATE schedule SET kind = ?, rrule = ?, start_day = ?, end_day = ?,"
            + " times = ?, dose = ?, instruction = ? WHERE id = ?";
    private static final String SELECT_SCHEDULES = "SELECT s.id, s.medication_id, s.kind, s.rrule, s.start_day,"
            + " s.end_day, s.times, s.dose, s.instruction FROM medication m JOIN schedule s ON s.medication_id = m.id"
            + " WHERE m.person_id = ? ORDER BY s.start_day, s.id";

    private final Database db;
    private final Clock clock;

    public MedicationPlanRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock gives the {@code created_at} time of a medicine (fixed in tests) */
    public MedicationPlanRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves a new medicine (its id is ignored) and returns it with its id. */
    @Override
    public Medication add(long personId, Medication medication) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bindMedication(s, medication);
                s.setLong(7, personId);
                s.setString(8, Instant.now(clock).toString());
                s.executeUpdate();
            }
            return medication.withId(Rows.lastInsertId(c));
        });
    }

    /** Saves the changed fields of a medicine, found by its id (the removed flag too). */
    @Override
    public void update(Medication medication) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bindMedication(s, medication);
                s.setLong(7, medication.id());
                Rows.expectOne(s.executeUpdate(), "That medicine is no longer in the journal.");
            }
        });
    }

    /** Every medicine of the person, removed ones included, in the order they were added. */
    @Override
    public List<Medication> medications(long personId) {
        return db.read(c -> {
            List<Medication> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) list.add(mapMedication(rs));
                }
            }
            return list;
        });
    }

    /** Deletes a medicine with its schedules, dose log and treatment-line links; one already gone is ignored. */
    @Override
    public void delete(long medicationId) {
        deleteById("DELETE FROM medication WHERE id = ?", medicationId);
    }

    /** Saves a new schedule version (its id is ignored) and returns it as stored: with its id, times to the minute. */
    @Override
    public Schedule addSchedule(Schedule schedule) {
        Schedule stored = toMinute(schedule);
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT_SCHEDULE)) {
                bindSchedule(s, stored);
                s.setLong(8, stored.medicationId());
                s.executeUpdate();
            }
            return stored.withId(Rows.lastInsertId(c));
        });
    }

    /**
     * Saves a changed version, found by its id: its end, and its other fields too (the medicine it
     * belongs to stays).
     */
    @Override
    public void updateSchedule(Schedule schedule) {
        Schedule stored = toMinute(schedule);
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE_SCHEDULE)) {
                bindSchedule(s, stored);
                s.setLong(8, stored.id());
                Rows.expectOne(s.executeUpdate(), "That schedule is no longer in the journal.");
            }
        });
    }

    /** Deletes a version; one already gone is ignored. The dose log is kept. */
    @Override
    public void deleteSchedule(long scheduleId) {
        deleteById("DELETE FROM schedule WHERE id = ?", scheduleId);
    }

    /**
     * Every schedule version of every medicine of the person (removed ones included), oldest start
     * first; versions of a kind this app version does not know are skipped.
     */
    @Override
    public List<Schedule> schedules(long personId) {
        return db.read(c -> {
            List<Schedule> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT_SCHEDULES)) {
                s.setLong(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Schedule schedule = mapSchedule(rs);
                        if (schedule != null) list.add(schedule);
                    }
                }
            }
            return list;
        });
    }

    /**
     * Saves a new treatment line (its id is ignored) with its links and returns it with its id.
     *
     * @throws JournalException when a medicine of the line is not one of the person's (nothing is saved)
     */
    @Override
    public TreatmentLine addLine(long personId, TreatmentLine line) {
        return db.inTransaction(c -> TreatmentLineRows.add(c, personId, line));
    }

    /** Deletes a line and its links (the medicines stay); one already gone is ignored. */
    @Override
    public void deleteLine(long lineId) {
        deleteById("DELETE FROM treatment_line WHERE id = ?", lineId);
    }

    /** The person's treatment lines, oldest start first, each with its medicines. */
    @Override
    public List<TreatmentLine> lines(long personId) {
        return db.read(c -> TreatmentLineRows.all(c, personId));
    }

    // ---- mapping ----------------------------------------------------------------------------

    private void deleteById(String sql, long id) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        });
    }

    /** Binds catalog_key to removed at parameters 1 to 6. */
    private static void bindMedication(PreparedStatement s, Medication m) throws SQLException {
        s.setString(1, m.catalogKey());
        s.setString(2, m.name());
        s.setString(3, (m.drugClass() == null ? DrugClass.OTHER : m.drugClass()).name());
        s.setString(4, (m.route() == null ? Route.OTHER : m.route()).name());
        s.setString(5, m.note());
        s.setInt(6, m.removed() ? 1 : 0);
    }

    /** A drug class or route added by a later version reads as OTHER: the medicine and its history still show. */
    private static Medication mapMedication(ResultSet rs) throws SQLException {
        DrugClass drugClass = EnumText.parse(rs.getString(4), DrugClass.class);
        Route route = EnumText.parse(rs.getString(5), Route.class);
        return new Medication(rs.getLong(1), rs.getString(2), rs.getString(3),
                drugClass == null ? DrugClass.OTHER : drugClass, route == null ? Route.OTHER : route,
                rs.getString(6), rs.getInt(7) != 0);
    }

    private static Schedule toMinute(Schedule s) {
        return new Schedule(s.id(), s.medicationId(), s.kind(), s.rrule(), s.start(), s.end(),
                s.times().stream().map(t -> t.withSecond(0).withNano(0)).toList(), s.dose(), s.instruction());
    }

    /** Binds kind to instruction at parameters 1 to 7. */
    private static void bindSchedule(PreparedStatement s, Schedule schedule) throws SQLException {
        s.setString(1, schedule.kind().name());
        s.setString(2, schedule.rrule());
        s.setString(3, MedText.day(schedule.start()));
        s.setString(4, MedText.day(schedule.end()));
        s.setString(5, MedText.times(schedule.times()));
        s.setString(6, schedule.dose());
        s.setString(7, schedule.instruction());
    }

    /** The schedule in this row, or null for a kind this version does not know. */
    private static Schedule mapSchedule(ResultSet rs) throws SQLException {
        ScheduleKind kind = EnumText.parse(rs.getString(3), ScheduleKind.class);
        if (kind == null) return null;
        return new Schedule(rs.getLong(1), rs.getLong(2), kind, rs.getString(4), MedText.parseDay(rs.getString(5)),
                MedText.parseDay(rs.getString(6)), MedText.parseTimes(rs.getString(7)), rs.getString(8),
                rs.getString(9));
    }
}
