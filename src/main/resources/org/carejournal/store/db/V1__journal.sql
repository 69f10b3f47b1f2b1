-- Care Journal schema, version 1: people, lab results, settings.
-- Applied in one transaction by Database; do not put BEGIN/COMMIT here.

-- Marks the file as a Care Journal ('CJRN'); Database refuses files with another application id.
PRAGMA application_id = 1128944206;

CREATE TABLE journal_info (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- AUTOINCREMENT so an id is never reused: Undo re-inserts a deleted row with its old id.
CREATE TABLE person (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL
);

CREATE TABLE person_setting (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (person_id, key)
) WITHOUT ROWID;

CREATE TABLE lab_result (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    test         TEXT NOT NULL,                 -- LabTest.code()
    taken_on     TEXT NOT NULL                  -- ISO date, yyyy-mm-dd
                 CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value        REAL NOT NULL CHECK (value > 0),   -- canonical unit; for a censored value, the limit
    censored     INTEGER NOT NULL CHECK (censored IN (0, 1)),
    entered_text TEXT NOT NULL,                 -- exactly as typed or imported, e.g. "<0,1"
    entered_unit TEXT NOT NULL,
    lab          TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    excluded     INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    created_at   TEXT NOT NULL                  -- ISO instant, UTC
);

CREATE INDEX lab_result_by_person_test_date ON lab_result (person_id, test, taken_on);

INSERT INTO journal_info (key, value) VALUES ('format', 'care-journal');
