-- custctl schema, version 1. Migrations are append-only: never edit a released file,
-- add the next one. Dates are TEXT 'YYYY-MM-DD' (they sort as dates); timestamps are
-- TEXT RFC 3339 in UTC; an end date is inclusive and NULL means open-ended.

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    name        TEXT NOT NULL,
    first_name  TEXT,
    last_name   TEXT,
    external_id TEXT UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX person_by_name ON person (name);

CREATE TABLE contact_point (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    type       TEXT NOT NULL CHECK (type IN ('phone', 'fax', 'email', 'im', 'url')),
    value      TEXT NOT NULL,
    purpose    TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX contact_point_by_person ON contact_point (person_id, type);
CREATE UNIQUE INDEX contact_point_one_primary ON contact_point (person_id, type) WHERE is_primary = 1;

-- "subject is a <role> of object" for a period (`person relate A --to B --role contact`).
CREATE TABLE party_relationship (
    id         INTEGER PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES person (id),
    object_id  INTEGER NOT NULL REFERENCES person (id),
    role       TEXT NOT NULL CHECK (role IN ('contact')),
    start_date TEXT NOT NULL,
    end_date   TEXT,
    created_at TEXT NOT NULL,
    CHECK (subject_id <> object_id),
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX party_relationship_by_pair ON party_relationship (subject_id, object_id, role);
CREATE INDEX party_relationship_by_object ON party_relationship (object_id);

CREATE TABLE account (
    id         INTEGER PRIMARY KEY,
    number     TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    currency   TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('active', 'inactive')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX account_by_person ON account (person_id, number);

CREATE TABLE site (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id),
    address     TEXT NOT NULL,
    city        TEXT,
    postal_code TEXT,
    country     TEXT,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX site_by_account ON site (account_id);

-- account_id repeats the site's account so that "one primary site per use per account"
-- can be a unique index.
CREATE TABLE site_use (
    site_id    INTEGER NOT NULL REFERENCES site (id),
    account_id INTEGER NOT NULL REFERENCES account (id),
    use        TEXT NOT NULL CHECK (use IN ('bill-to', 'ship-to', 'statements', 'dunning')),
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    PRIMARY KEY (site_id, use)
) STRICT;
CREATE UNIQUE INDEX site_use_one_primary ON site_use (account_id, use) WHERE is_primary = 1;

-- ---------------------------------------------------------------- catalogs (contacts)

CREATE TABLE contact_class (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE letter_template (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    body        TEXT NOT NULL,
    system_only INTEGER NOT NULL DEFAULT 0 CHECK (system_only IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE contact_type (
    id                 INTEGER PRIMARY KEY,
    class_id           INTEGER NOT NULL REFERENCES contact_class (id),
    code               TEXT NOT NULL,
    description        TEXT NOT NULL,
    letter_template_id INTEGER REFERENCES letter_template (id),
    created_at         TEXT NOT NULL,
    UNIQUE (class_id, code)
) STRICT;

CREATE TABLE characteristic_type (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    description        TEXT NOT NULL,
    adhoc              INTEGER NOT NULL CHECK (adhoc IN (0, 1)),
    pattern            TEXT,
    applies_to_contact INTEGER NOT NULL DEFAULT 0 CHECK (applies_to_contact IN (0, 1)),
    applies_to_person  INTEGER NOT NULL DEFAULT 0 CHECK (applies_to_person IN (0, 1)),
    applies_to_account INTEGER NOT NULL DEFAULT 0 CHECK (applies_to_account IN (0, 1)),
    created_at         TEXT NOT NULL,
    CHECK (pattern IS NULL OR adhoc = 1)
) STRICT;

-- The predefined values of a non-ad-hoc characteristic type, in the order given.
CREATE TABLE characteristic_value (
    characteristic_type_id INTEGER NOT NULL REFERENCES characteristic_type (id),
    value                  TEXT NOT NULL,
    position               INTEGER NOT NULL,
    PRIMARY KEY (characteristic_type_id, value)
) STRICT;

-- Which characteristic types a contact type allows, which it requires, their defaults.
CREATE TABLE contact_type_characteristic (
    contact_type_id        INTEGER NOT NULL REFERENCES contact_type (id),
    characteristic_type_id INTEGER NOT NULL REFERENCES characteristic_type (id),
    default_value          TEXT,
    required               INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    PRIMARY KEY (contact_type_id, characteristic_type_id)
) STRICT;

-- ---------------------------------------------------------------- contacts

CREATE TABLE contact (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES person (id),
    contact_type_id    INTEGER NOT NULL REFERENCES contact_type (id),
    contacted_at       TEXT NOT NULL,
    user               TEXT NOT NULL,
    -- The CHECKs of this table are OR chains, not IN lists: SQLite builds an ephemeral
    -- table for an IN list on every INSERT, which costs a bulk import about a third.
    method             TEXT CHECK (method = 'phone' OR method = 'email' OR method = 'fax' OR method = 'postal'
                                   OR method = 'sms' OR method = 'in-person' OR method = 'web' OR method = 'other'),
    direction          TEXT CHECK (direction = 'inbound' OR direction = 'outbound'),
    comment            TEXT,
    open               INTEGER NOT NULL DEFAULT 0 CHECK (open IN (0, 1)),
    external_id        TEXT,
    letter_template_id INTEGER REFERENCES letter_template (id),
    letter_status      TEXT NOT NULL DEFAULT 'none' CHECK (letter_status = 'none' OR letter_status = 'pending' OR letter_status = 'printed'),
    letter_printed_at  TEXT,
    created_at         TEXT NOT NULL
) STRICT;
CREATE INDEX contact_by_person_time ON contact (person_id, contacted_at, id);
CREATE INDEX contact_by_time ON contact (contacted_at, id);
CREATE UNIQUE INDEX contact_by_external_id ON contact (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX contact_pending_letters ON contact (id) WHERE letter_status = 'pending';

-- Append-only (see the triggers below); only a reminder's done time may be set later.
CREATE TABLE contact_log (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contact (id),
    logged_at        TEXT NOT NULL,
    actor            TEXT NOT NULL,
    text             TEXT NOT NULL,
    remind_on        TEXT,
    remind_user      TEXT,
    remind_role      TEXT,
    reminder_done_at TEXT,
    CHECK (remind_on IS NULL OR (remind_user IS NULL) <> (remind_role IS NULL))
) STRICT;
CREATE INDEX contact_log_by_contact ON contact_log (contact_id, id);
CREATE INDEX contact_log_open_reminders ON contact_log (remind_on) WHERE remind_on IS NOT NULL AND reminder_done_at IS NULL;
CREATE TRIGGER contact_log_no_delete BEFORE DELETE ON contact_log
BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
CREATE TRIGGER contact_log_no_edit BEFORE UPDATE OF id, contact_id, logged_at, actor, text, remind_on, remind_user, remind_role ON contact_log
BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;

CREATE TABLE contact_characteristic (
    contact_id             INTEGER NOT NULL REFERENCES contact (id),
    characteristic_type_id INTEGER NOT NULL REFERENCES characteristic_type (id),
    value                  TEXT NOT NULL,
    PRIMARY KEY (contact_id, characteristic_type_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE person_characteristic (
    person_id              INTEGER NOT NULL REFERENCES person (id),
    characteristic_type_id INTEGER NOT NULL REFERENCES characteristic_type (id),
    value                  TEXT NOT NULL,
    PRIMARY KEY (person_id, characteristic_type_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE account_characteristic (
    account_id             INTEGER NOT NULL REFERENCES account (id),
    characteristic_type_id INTEGER NOT NULL REFERENCES characteristic_type (id),
    value                  TEXT NOT NULL,
    PRIMARY KEY (account_id, characteristic_type_id)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------- payment details

CREATE TABLE receipt_method (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    description  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('automatic', 'manual')),
    payment_type TEXT CHECK (payment_type IN ('bank-account', 'card')),
    confirm      INTEGER NOT NULL DEFAULT 0 CHECK (confirm IN (0, 1)),
    remit        INTEGER NOT NULL DEFAULT 0 CHECK (remit IN (0, 1)),
    reconcile    INTEGER NOT NULL DEFAULT 0 CHECK (reconcile IN (0, 1)),
    created_at   TEXT NOT NULL,
    CHECK ((kind = 'automatic') = (payment_type IS NOT NULL))
) STRICT;

-- site_id NULL: assigned to the account itself.
CREATE TABLE receipt_method_assignment (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER NOT NULL REFERENCES account (id),
    site_id           INTEGER REFERENCES site (id),
    receipt_method_id INTEGER NOT NULL REFERENCES receipt_method (id),
    start_date        TEXT NOT NULL,
    end_date          TEXT,
    created_at        TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX receipt_method_assignment_by_account ON receipt_method_assignment (account_id, start_date);

-- Being primary is a period of its own (dated primaries).
CREATE TABLE receipt_method_primary (
    id            INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES receipt_method_assignment (id),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX receipt_method_primary_by_assignment ON receipt_method_primary (assignment_id);

-- A card keeps brand, last 4, expiry and a keyed fingerprint; never its number.
-- A bank account keeps its number (IBAN or domestic form) and bank_key, the canonical
-- identity under which an IBAN and its domestic form are the same account.
CREATE TABLE instrument (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id),
    site_id      INTEGER REFERENCES site (id),
    kind         TEXT NOT NULL CHECK (kind IN ('card', 'bank-account')),
    brand        TEXT CHECK (brand IN ('visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay')),
    last4        TEXT,
    expiry       TEXT,
    fingerprint  TEXT,
    iban         TEXT,
    bic          TEXT,
    bank_account TEXT,
    bank_code    TEXT,
    country      TEXT,
    bank_key     TEXT,
    currency     TEXT,
    holder       TEXT,
    start_date   TEXT NOT NULL,
    end_date     TEXT,
    preference   INTEGER,
    external_id  TEXT UNIQUE,
    created_at   TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (kind <> 'card' OR (brand IS NOT NULL AND last4 IS NOT NULL AND expiry IS NOT NULL AND fingerprint IS NOT NULL AND currency IS NULL)),
    CHECK (kind <> 'bank-account' OR (bank_key IS NOT NULL AND currency IS NOT NULL))
) STRICT;
CREATE INDEX instrument_by_account ON instrument (account_id, kind, currency);
CREATE INDEX instrument_by_fingerprint ON instrument (fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX instrument_by_bank_key ON instrument (bank_key) WHERE bank_key IS NOT NULL;

CREATE TABLE instrument_primary (
    id            INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instrument (id),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX instrument_primary_by_instrument ON instrument_primary (instrument_id);

-- ---------------------------------------------------------------- communication

CREATE TABLE account_contact (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    site_id    INTEGER REFERENCES site (id),
    person_id  INTEGER NOT NULL REFERENCES person (id),
    job_title  TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX account_contact_by_account ON account_contact (account_id);
CREATE UNIQUE INDEX account_contact_one_primary_per_account ON account_contact (account_id) WHERE is_primary = 1 AND site_id IS NULL;
CREATE UNIQUE INDEX account_contact_one_primary_per_site ON account_contact (site_id) WHERE is_primary = 1 AND site_id IS NOT NULL;

CREATE TABLE account_contact_responsibility (
    account_contact_id INTEGER NOT NULL REFERENCES account_contact (id),
    responsibility     TEXT NOT NULL CHECK (responsibility IN ('bill-to', 'ship-to', 'dunning', 'statements')),
    PRIMARY KEY (account_contact_id, responsibility)
) STRICT;

-- ---------------------------------------------------------------- relationships, profiles

CREATE TABLE account_relationship (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES account (id),
    related_account_id INTEGER NOT NULL REFERENCES account (id),
    bill_to            INTEGER NOT NULL DEFAULT 0 CHECK (bill_to IN (0, 1)),
    ship_to            INTEGER NOT NULL DEFAULT 0 CHECK (ship_to IN (0, 1)),
    reciprocal         INTEGER NOT NULL DEFAULT 0 CHECK (reciprocal IN (0, 1)),
    start_date         TEXT NOT NULL,
    end_date           TEXT,
    comment            TEXT,
    created_at         TEXT NOT NULL,
    CHECK (account_id <> related_account_id),
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX account_relationship_by_account ON account_relationship (account_id);
CREATE INDEX account_relationship_by_related ON account_relationship (related_account_id);

CREATE TABLE profile_class (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- A version holds the class's values from effective_from until the next version.
-- Unset fields are NULL. tolerance is a decimal string (percent).
CREATE TABLE profile_class_version (
    id               INTEGER PRIMARY KEY,
    profile_class_id INTEGER NOT NULL REFERENCES profile_class (id),
    effective_from   TEXT NOT NULL,
    payment_terms    TEXT,
    credit_check     INTEGER CHECK (credit_check IN (0, 1)),
    credit_hold      INTEGER CHECK (credit_hold IN (0, 1)),
    tolerance        TEXT,
    statement_cycle  TEXT,
    send_statements  INTEGER CHECK (send_statements IN (0, 1)),
    dunning_letters  INTEGER CHECK (dunning_letters IN (0, 1)),
    collector        TEXT,
    created_at       TEXT NOT NULL,
    UNIQUE (profile_class_id, effective_from)
) STRICT;

-- Money is kept in the currency's minor units, never as a float.
CREATE TABLE profile_class_credit_limit (
    version_id   INTEGER NOT NULL REFERENCES profile_class_version (id),
    currency     TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (version_id, currency)
) STRICT;

CREATE TABLE account_profile (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES account (id),
    profile_class_id INTEGER NOT NULL REFERENCES profile_class (id),
    start_date       TEXT NOT NULL,
    end_date         TEXT,
    created_at       TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX account_profile_by_account ON account_profile (account_id, start_date);

-- Overrides of one assignment: field is a profile field name (credit limits as
-- 'credit_limit.CUR' with the amount in minor units), value its text form.
CREATE TABLE account_profile_override (
    account_profile_id INTEGER NOT NULL REFERENCES account_profile (id),
    field              TEXT NOT NULL,
    value              TEXT NOT NULL,
    PRIMARY KEY (account_profile_id, field)
) STRICT;

-- ---------------------------------------------------------------- audit

-- Append-only; each entry's hmac covers its content and the previous entry's hmac
-- (HMAC-SHA-256 under the key file), so an edit or a deletion breaks the chain.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    changes   TEXT NOT NULL,
    prev_hmac TEXT NOT NULL,
    hmac      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
