package org.carejournal.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Per-person choices kept inside the journal file, and facts about the journal itself. */
public interface JournalSettings {

    /** Start of the current treatment line, set by hand until medications are kept. */
    Optional<LocalDate> treatmentStart(long personId);

    void setTreatmentStart(long personId, LocalDate dateOrNull);

    /** True for the sample journal, which holds made-up data. */
    boolean isSample();

    void markSample();
}
