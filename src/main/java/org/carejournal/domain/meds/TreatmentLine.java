package org.carejournal.domain.meds;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The start of a line of treatment: one medicine or a combination (e.g. ADT + abiraterone + prednisone)
 * begun together. The latest line started on or before a day is the current one then; PSA baseline and
 * nadir are measured from its start.
 */
public record TreatmentLine(long id, LocalDate start, String name, Set<Long> medicationIds) {

    public TreatmentLine {
        if (start == null) throw new IllegalArgumentException("A treatment line needs a start date");
        name = name == null ? "" : name.strip();
        medicationIds = Set.copyOf(medicationIds);
    }

    /** The start of the line current on {@code day}: the latest one started on or before it. */
    public static Optional<LocalDate> currentStart(Collection<TreatmentLine> lines, LocalDate day) {
        return lines.stream().map(TreatmentLine::start).filter(s -> !s.isAfter(day)).max(LocalDate::compareTo);
    }

    public TreatmentLine withId(long newId) {
        return new TreatmentLine(newId, start, name, medicationIds);
    }
}
