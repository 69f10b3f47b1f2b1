package org.carejournal.store;

import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabUnit;
import org.carejournal.domain.checkin.Temperature;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Per-person settings and facts about the journal file itself, as key/value text. */
public final class SettingsRepository implements JournalSettings {

    static final String TREATMENT_START = "treatment.start";
    static final String SAMPLE = "sample";
    static final String PSA_INTERVAL = "psa.interval.months";
    static final String UID = "uid";
    static final String TEMPERATURE_UNIT = "unit.temperature";
    static final String CREATININE_UNIT = "unit.creatinine";
    static final String LAST_PERSON = "person.last";
    static final int DEFAULT_PSA_INTERVAL_MONTHS = 3;

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(long personId, String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM person_setting WHERE person_id = ? AND key = ?")) {
                s.setLong(1, personId);
                s.setString(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(long personId, String key, String value) {
        if (value == null) throw new IllegalArgumentException("Use remove() to clear a setting");
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO person_setting (person_id, key, value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (person_id, key) DO UPDATE SET value = excluded.value")) {
                s.setLong(1, personId);
                s.setString(2, key);
                s.setString(3, value);
                s.executeUpdate();
            }
        });
    }

    public void remove(long personId, String key) {
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM person_setting WHERE person_id = ? AND key = ?")) {
                s.setLong(1, personId);
                s.setString(2, key);
                s.executeUpdate();
            }
        });
    }

    public Optional<String> journalInfo(String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM journal_info WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putJournalInfo(String key, String value) {
        if (value == null) throw new IllegalArgumentException("A journal fact needs a value");
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO journal_info (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
        });
    }

    /** The day the current treatment line started (the PSA baseline is the last value on or before it). */
    public Optional<LocalDate> treatmentStart(long personId) {
        return get(personId, TREATMENT_START).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** Sets the treatment start; null clears it. */
    public void setTreatmentStart(long personId, LocalDate dateOrNull) {
        if (dateOrNull == null) remove(personId, TREATMENT_START);
        else put(personId, TREATMENT_START, dateOrNull.toString());
    }

    @Override
    public int psaIntervalMonths(long personId) {
        return get(personId, PSA_INTERVAL).flatMap(text -> {
            try {
                int months = Integer.parseInt(text);
                return months > 0 ? Optional.of(months) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(DEFAULT_PSA_INTERVAL_MONTHS);
    }

    @Override
    public void setPsaIntervalMonths(long personId, int months) {
        if (months < 1) throw new IllegalArgumentException("A PSA interval is at least one month");
        put(personId, PSA_INTERVAL, Integer.toString(months));
    }

    @Override
    public Optional<Temperature.Unit> temperatureUnit(long personId) {
        return get(personId, TEMPERATURE_UNIT).flatMap(text -> {
            try {
                return Optional.of(Temperature.Unit.valueOf(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();   // a value from a newer version: as if not chosen
            }
        });
    }

    @Override
    public void setTemperatureUnit(long personId, Temperature.Unit unit) {
        put(personId, TEMPERATURE_UNIT, unit.name());
    }

    @Override
    public Optional<String> creatinineUnit(long personId) {
        return get(personId, CREATININE_UNIT).flatMap(LabTest.CREATININE::unit).map(LabUnit::symbol);
    }

    @Override
    public void setCreatinineUnit(long personId, String symbol) {
        LabUnit unit = LabTest.CREATININE.unit(symbol)
                .orElseThrow(() -> new IllegalArgumentException("Creatinine is not reported in " + symbol));
        put(personId, CREATININE_UNIT, unit.symbol());
    }

    @Override
    public synchronized String journalUid() {
        return journalInfo(UID).orElseGet(() -> {
            String uid = UUID.randomUUID().toString();
            putJournalInfo(UID, uid);
            return uid;
        });
    }

    @Override
    public OptionalLong lastPersonId() {
        try {
            return journalInfo(LAST_PERSON).map(t -> OptionalLong.of(Long.parseLong(t))).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();   // not written by this app: as if nobody had been chosen
        }
    }

    @Override
    public void setLastPersonId(long personId) {
        putJournalInfo(LAST_PERSON, Long.toString(personId));
    }

    /** True for the demonstration journal filled with made-up data. */
    public boolean isSample() {
        return journalInfo(SAMPLE).map("true"::equals).orElse(false);
    }

    public void markSample() {
        putJournalInfo(SAMPLE, "true");
    }
}
