package org.carejournal.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.carejournal.domain.checkin.Temperature;

/** Per-person choices kept inside the journal file, and facts about the journal itself. */
public interface JournalSettings {

    /** Start of the current treatment line, set by hand until medications are kept. */
    Optional<LocalDate> treatmentStart(long personId);

    void setTreatmentStart(long personId, LocalDate dateOrNull);

    /** Months between PSA tests the person expects (the psa-due reminder); 3 unless set. */
    int psaIntervalMonths(long personId);

    void setPsaIntervalMonths(long personId, int months);

    /** The unit this person reads temperatures in; empty until chosen on the Settings screen. */
    Optional<Temperature.Unit> temperatureUnit(long personId);

    void setTemperatureUnit(long personId, Temperature.Unit unit);

    /** The symbol of the unit creatinine is preferred in ("mg/dL" or "µmol/L"); empty until chosen. */
    Optional<String> creatinineUnit(long personId);

    /** @throws IllegalArgumentException when {@code symbol} is not a unit creatinine is reported in */
    void setCreatinineUnit(long personId, String symbol);

    /**
     * A random id made the first time it is asked for and kept in the file, so that exported calendar
     * entries keep their UIDs from one export to the next and never clash with another journal's.
     */
    String journalUid();

    /** The person whose journal was shown last, so the window opens on them again; empty until one is chosen. */
    OptionalLong lastPersonId();

    void setLastPersonId(long personId);

    /** True for the sample journal, which holds made-up data. */
    boolean isSample();

    void markSample();
}
