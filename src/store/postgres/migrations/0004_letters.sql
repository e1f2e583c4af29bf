-- Version 4 (SQLite twin: 0004_letters.sql): template versions, printed and cancelled letters.
ALTER TABLE letter_template ADD COLUMN version bigint NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE letter_template ADD COLUMN updated_at timestamptz;

CREATE TABLE letter_template_version (
    template_id bigint NOT NULL REFERENCES letter_template (id),
    version     bigint NOT NULL CHECK (version >= 1),
    description text COLLATE "C" NOT NULL,
    body        text COLLATE "C" NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (template_id, version)
);
INSERT INTO letter_template_version (template_id, version, description, body, created_at)
SELECT id, 1, description, body, created_at FROM letter_template;

CREATE TABLE letter_print (
    contact_id       bigint PRIMARY KEY REFERENCES contact (id),
    template_id      bigint NOT NULL REFERENCES letter_template (id),
    template_version bigint NOT NULL,
    text             text COLLATE "C" NOT NULL,
    printed_at       timestamptz NOT NULL
);

CREATE TABLE letter_cancel (
    contact_id   bigint PRIMARY KEY REFERENCES contact (id),
    reason       text COLLATE "C" NOT NULL,
    cancelled_at timestamptz NOT NULL,
    actor        text COLLATE "C" NOT NULL
);
