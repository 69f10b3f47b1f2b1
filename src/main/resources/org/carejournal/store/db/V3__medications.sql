-- Care Journal schema, version 3: medicines, their schedule versions, the dose log, treatment lines,
-- care reminders and appointments.
-- Applied in one transaction by Database; do not put BEGIN/COMMIT here.
-- As in version 2, enum values (DrugClass, Route, ScheduleKind, DoseStatus, ReminderKind,
-- ReminderState) are stored by name without a CHECK list, so a later app version can add values
-- without rebuilding these tables. Readers map an unknown drug class or route to OTHER and skip
-- rows whose kind or state they do not know.
-- Dates are ISO yyyy-mm-dd; local date-times are yyyy-mm-ddThh:mm, to the minute.

-- A medicine in a person's plan. removed = taken out of the plan, kept with its history.
CREATE TABLE medication (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    catalog_key TEXT,                               -- catalog entry; NULL for one typed in by hand
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    drug_class  TEXT NOT NULL,                      -- DrugClass name
    route       TEXT NOT NULL,                      -- Route name
    note        TEXT NOT NULL DEFAULT '',
    removed     INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    created_at  TEXT NOT NULL                       -- ISO instant, UTC
);

-- Serves the person's list and the joins from the person to schedules and doses.
CREATE INDEX medication_by_person ON medication (person_id);

-- One version of a medicine's plan; a change ends one version and starts the next.
CREATE TABLE schedule (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    medication_id INTEGER NOT NULL REFERENCES medication(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,                    -- ScheduleKind name
    rrule         TEXT,                             -- RFC 5545 RRULE value; NULL for ONCE and AS_NEEDED
    start_day     TEXT NOT NULL
                  CHECK (start_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_day       TEXT                              -- last day (inclusive); NULL while it goes on
                  CHECK (end_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    times         TEXT NOT NULL DEFAULT '',         -- hh:mm, sorted, comma-separated; '' for none
    dose          TEXT NOT NULL DEFAULT '',
    instruction   TEXT NOT NULL DEFAULT '',
    CHECK (end_day IS NULL OR end_day >= start_day)
);

CREATE INDEX schedule_by_medication_start ON schedule (medication_id, start_day);

-- A planned dose taken or skipped (due_at set), or an as-needed dose taken (due_at NULL).
-- day repeats the date of due_at, else of taken_at, so a person's log is read by day range.
CREATE TABLE dose_event (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    medication_id INTEGER NOT NULL REFERENCES medication(id) ON DELETE CASCADE,
    due_at        TEXT
                  CHECK (due_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    day           TEXT NOT NULL CHECK (day = substr(coalesce(due_at, taken_at), 1, 10)),
    status        TEXT NOT NULL,                    -- DoseStatus name
    taken_at      TEXT
                  CHECK (taken_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    reason        TEXT NOT NULL DEFAULT '',
    amount        TEXT NOT NULL DEFAULT '',
    CHECK (due_at IS NOT NULL OR taken_at IS NOT NULL)
);

-- A planned dose has at most one event; recording it again updates this row (the upsert's target).
CREATE UNIQUE INDEX dose_event_one_per_due_dose ON dose_event (medication_id, due_at) WHERE due_at IS NOT NULL;
-- A person's log by day range: medication_by_person, then this per medicine. Also serves the
-- cascade when a medicine goes and "has this medicine any dose logged".
CREATE INDEX dose_event_by_medication_day ON dose_event (medication_id, day);

-- The start of a line of treatment and the medicines begun together in it.
CREATE TABLE treatment_line (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    start_day TEXT NOT NULL CHECK (start_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX treatment_line_by_person_start ON treatment_line (person_id, start_day);

-- The primary key serves "the medicines of these lines"; the index serves the cascade from a medicine.
CREATE TABLE treatment_line_medication (
    line_id       INTEGER NOT NULL REFERENCES treatment_line(id) ON DELETE CASCADE,
    medication_id INTEGER NOT NULL REFERENCES medication(id) ON DELETE CASCADE,
    PRIMARY KEY (line_id, medication_id)
) WITHOUT ROWID;

CREATE INDEX treatment_line_medication_by_medication ON treatment_line_medication (medication_id);

-- Care reminders, made by the rules (with a key) or by hand (key NULL). A reminder outlives the
-- medicine it was about: its medication_id becomes NULL.
CREATE TABLE reminder (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    key            TEXT,                            -- rule, medicine and date; NULL for one added by hand
    kind           TEXT NOT NULL,                   -- ReminderKind name
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why            TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    article_tag    TEXT NOT NULL DEFAULT '',
    due            TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    medication_id  INTEGER REFERENCES medication(id) ON DELETE SET NULL,
    state          TEXT NOT NULL,                   -- ReminderState name
    snoozed_until  TEXT CHECK (snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    done_on        TEXT CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    dismiss_reason TEXT NOT NULL DEFAULT '',
    -- NULLs are distinct: any number of reminders added by hand. Regenerating finds a rule's reminder
    -- by this key, so it is never made twice.
    UNIQUE (person_id, key)
);

CREATE INDEX reminder_by_person_due ON reminder (person_id, due);
-- Serves the SET NULL when a medicine is deleted.
CREATE INDEX reminder_by_medication ON reminder (medication_id);

CREATE TABLE appointment (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    at        TEXT NOT NULL
              CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
    with_whom TEXT NOT NULL CHECK (length(trim(with_whom)) > 0),
    place     TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX appointment_by_person_at ON appointment (person_id, at);
