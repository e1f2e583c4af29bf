-- Letters (issue 10 and 11): a template is updated as a new version, a printed letter keeps
-- the text it was printed with (for `contact letters reprint`), and a pending letter can be
-- cancelled.

ALTER TABLE letter_template ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE letter_template ADD COLUMN updated_at TEXT;

-- Every version of every template, the current one included (the row in letter_template is
-- the current version).
CREATE TABLE letter_template_version (
    template_id INTEGER NOT NULL REFERENCES letter_template (id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    description TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (template_id, version)
) STRICT;
INSERT INTO letter_template_version (template_id, version, description, body, created_at)
SELECT id, 1, description, body, created_at FROM letter_template;

-- The text of a letter as it was printed, and the template version it was rendered with.
-- Letters printed before this schema version have no row.
CREATE TABLE letter_print (
    contact_id       INTEGER PRIMARY KEY REFERENCES contact (id),
    template_id      INTEGER NOT NULL REFERENCES letter_template (id),
    template_version INTEGER NOT NULL,
    text             TEXT NOT NULL,
    printed_at       TEXT NOT NULL
) STRICT;

-- A cancelled letter: its contact's letter_status is back to 'none' (so that nothing ever
-- extracts it), its template stays named on the contact, and this row says why.
CREATE TABLE letter_cancel (
    contact_id   INTEGER PRIMARY KEY REFERENCES contact (id),
    reason       TEXT NOT NULL,
    cancelled_at TEXT NOT NULL,
    actor        TEXT NOT NULL
) STRICT;
