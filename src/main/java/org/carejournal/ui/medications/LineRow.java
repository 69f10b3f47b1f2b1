package org.carejournal.ui.medications;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.domain.meds.TreatmentLine;

/**
 * A treatment line as listed: "Since 3 Mar 2025: ADT + abiraterone" and its medicines.
 *
 * @param medicines the medicines' names, joined; "" when none is known any more
 */
public record LineRow(TreatmentLine line, String title, String medicines) {

    /** @param names medicine names by id (medicines deleted since are left out) */
    static LineRow of(TreatmentLine line, Map<Long, String> names) {
        String title = "From " + ScheduleText.day(line.start()) + (line.name().isEmpty() ? "" : ": " + line.name());
        List<String> meds = line.medicationIds().stream().map(names::get).filter(Objects::nonNull).sorted().toList();
        return new LineRow(line, title, String.join(", ", meds));
    }
}
