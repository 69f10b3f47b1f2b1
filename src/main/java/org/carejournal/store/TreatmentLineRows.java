package org.carejournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carejournal.domain.meds.TreatmentLine;

/** The treatment-line rows of {@link MedicationPlanRepository}: a line and the medicines linked to it. */
final class TreatmentLineRows {
    private TreatmentLineRows() {}

    // Only the person's own medicines can be linked; a link to anyone else's inserts no row and is refused.
    private static final String INSERT_LINK = "INSERT INTO treatment_line_medication (line_id, medication_id)"
            + " SELECT ?, id FROM medication WHERE id = ? AND person_id = ?";
    // One row per link (or one with a NULL medicine for a line without links), folded in Java.
    private static final String SELECT = "SELECT l.id, l.start_day, l.name, m.medication_id FROM treatment_line l"
            + " LEFT JOIN treatment_line_medication m ON m.line_id = l.id"
            + " WHERE l.person_id = ? ORDER BY l.start_day, l.id";

    /** Inserts the line and its links; run inside a transaction so a refused link leaves nothing behind. */
    static TreatmentLine add(Connection c, long personId, TreatmentLine line) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO treatment_line (person_id, start_day, name) VALUES (?, ?, ?)")) {
            s.setLong(1, personId);
            s.setString(2, line.start().toString());
            s.setString(3, line.name());
            s.executeUpdate();
            id = Rows.lastInsertId(c);
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_LINK)) {
            for (long medicationId : line.medicationIds()) {
                s.setLong(1, id);
                s.setLong(2, medicationId);
                s.setLong(3, personId);
                if (s.executeUpdate() != 1) {
                    throw new JournalException("A treatment line can only hold this person's own medicines.");
                }
            }
        }
        return line.withId(id);
    }

    /** The person's lines, oldest start first. */
    static List<TreatmentLine> all(Connection c, long personId) throws SQLException {
        List<TreatmentLine> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setLong(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                long currentId = -1;
                LocalDate start = null;
                String name = null;
                Set<Long> medicines = new HashSet<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != currentId) {
                        if (currentId != -1) lines.add(new TreatmentLine(currentId, start, name, medicines));
                        currentId = id;
                        start = LocalDate.parse(rs.getString(2));
                        name = rs.getString(3);
                        medicines = new HashSet<>();
                    }
                    Long medicationId = MedText.id(rs, 4);
                    if (medicationId != null) medicines.add(medicationId);
                }
                if (currentId != -1) lines.add(new TreatmentLine(currentId, start, name, medicines));
            }
        }
        return lines;
    }
}
