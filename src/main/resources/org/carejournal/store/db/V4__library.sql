-- Care Journal schema, version 4: the library shelf (bookmarks, reading history) and the questions
-- a person means to ask at appointments.
-- Applied in one transaction by Database; do not put BEGIN/COMMIT here.
-- article_id is the library's id of an article, kept without a reference: articles ship with the
-- app, not in the journal, and a bookmark outlives an article a later version renames or drops.
-- Instants are UTC to the millisecond in one fixed width, yyyy-mm-ddThh:mm:ss.sssZ, so that text
-- order is time order (Instant.toString() drops zero fractions, which would sort 12:00:00Z after
-- 12:00:00.5Z).

CREATE TABLE article_bookmark (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL CHECK (length(trim(article_id)) > 0),
    added_at   TEXT NOT NULL
               CHECK (added_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    PRIMARY KEY (person_id, article_id)
) WITHOUT ROWID;

-- One row per person and article: reading again moves read_at forward (the upsert's target).
-- The primary key serves the cascade from a person; a person reads at most every article once
-- here, a few hundred rows, so "recently read" sorts them without an index of its own.
CREATE TABLE article_read (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL CHECK (length(trim(article_id)) > 0),
    read_at    TEXT NOT NULL
               CHECK (read_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    PRIMARY KEY (person_id, article_id)
) WITHOUT ROWID;

-- A question for the care team; article_id NULL for one of the person's own. asked_on NULL while open.
-- length() counts characters, as AppointmentQuestion does.
CREATE TABLE appointment_question (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
    article_id TEXT CHECK (article_id IS NULL OR length(trim(article_id)) > 0),
    added_on   TEXT NOT NULL CHECK (added_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    asked_on   TEXT CHECK (asked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- The open list (person_id = ? AND asked_on IS NULL, oldest first) comes straight off this index,
-- the rowid breaking ties; it also serves "all of a person's questions" and the cascade.
CREATE INDEX appointment_question_by_person_asked_added ON appointment_question (person_id, asked_on, added_on);
