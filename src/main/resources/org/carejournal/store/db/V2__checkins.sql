-- Care Journal schema, version 2: daily check-ins, pain entries and the red flags they raised.
-- Applied in one transaction by Database; do not put BEGIN/COMMIT here.
-- Enum values (WarningSign, BodyRegion, RescueEffect, RedFlag) are stored by name without a CHECK
-- list, so a later app version can add values without rebuilding these tables; readers skip names
-- they do not know.

-- The symptoms a person tracks. standard_key is StandardSymptom.key() (NULL for one the person
-- added), so rules still recognise a standard symptom after it is hidden or moved.
CREATE TABLE symptom (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    standard_key TEXT,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    position     INTEGER NOT NULL CHECK (position >= 0),   -- order on the check-in; not unique while reordering
    created_at   TEXT NOT NULL,                            -- ISO instant, UTC
    -- NOCASE folds ASCII only; SymptomRepository also compares whole-Unicode before inserting.
    UNIQUE (person_id, name COLLATE NOCASE),
    UNIQUE (person_id, standard_key)                       -- NULLs are distinct: any number of custom ones
);

-- One row per person and day; the UNIQUE index also serves date-range reads and the calendar.
CREATE TABLE check_in (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id         INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    day               TEXT NOT NULL                     -- ISO date, yyyy-mm-dd
                      CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    temperature_value REAL,                             -- as entered, in temperature_unit
    temperature_unit  TEXT CHECK (temperature_unit IN ('C', 'F')),
    note              TEXT NOT NULL DEFAULT '',
    signs             TEXT NOT NULL DEFAULT '',         -- WarningSign names, comma-separated; '' for none
    created_at        TEXT NOT NULL,                    -- ISO instant, UTC
    updated_at        TEXT NOT NULL,
    CHECK ((temperature_value IS NULL) = (temperature_unit IS NULL)),
    UNIQUE (person_id, day)
);

-- A day's 0-10 ratings. The primary key serves "all ratings of these check-ins";
-- the symptom index serves the cascade when a symptom goes and per-symptom trends.
CREATE TABLE check_in_rating (
    check_in_id INTEGER NOT NULL REFERENCES check_in(id) ON DELETE CASCADE,
    symptom_id  INTEGER NOT NULL REFERENCES symptom(id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    PRIMARY KEY (check_in_id, symptom_id)
) WITHOUT ROWID;

CREATE INDEX check_in_rating_by_symptom ON check_in_rating (symptom_id);

-- Several a day. day repeats the date of taken_at so ranges are read by day like check-ins.
CREATE TABLE pain_entry (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    taken_at        TEXT NOT NULL                   -- ISO local date-time to the minute, yyyy-mm-ddThh:mm
                    CHECK (taken_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    day             TEXT NOT NULL CHECK (day = substr(taken_at, 1, 10)),
    now             INTEGER CHECK (now BETWEEN 0 AND 10),       -- each rating may be left out (NULL)
    worst           INTEGER CHECK (worst BETWEEN 0 AND 10),
    average         INTEGER CHECK (average BETWEEN 0 AND 10),
    sites           TEXT NOT NULL DEFAULT '',       -- BodyRegion names, comma-separated
    breakthrough    INTEGER NOT NULL DEFAULT 0 CHECK (breakthrough IN (0, 1)),
    rescue_medicine TEXT NOT NULL DEFAULT '',
    helped          TEXT,                           -- RescueEffect name, NULL when not answered
    created_at      TEXT NOT NULL                   -- ISO instant, UTC
);

-- Range reads in time order come straight off this index (the rowid breaks ties).
CREATE INDEX pain_entry_by_person_day ON pain_entry (person_id, day, taken_at);

-- A flag is kept once per person, pattern and day, so editing a check-in does not raise it again.
CREATE TABLE raised_flag (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    flag            TEXT NOT NULL,                  -- RedFlag name
    day             TEXT NOT NULL                   -- the check-in day that showed the pattern
                    CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason          TEXT NOT NULL DEFAULT '',
    raised_at       TEXT NOT NULL,                  -- ISO instant, UTC
    acknowledged_at TEXT,                           -- ISO instant, NULL while still shown
    UNIQUE (person_id, flag, day)
);

CREATE INDEX raised_flag_by_person_day ON raised_flag (person_id, day);
