-- Ids are never used twice (issue 10's audit and the garble depend on it).
--
-- Without AUTOINCREMENT, SQLite gives a new row the largest id plus one, so deleting the
-- newest person, account or contact handed its id to the next record: `audit --id` then
-- showed the deleted record's history as the new one's, and a garble of the new record
-- redacted the old one's entries. AUTOINCREMENT keeps the largest id ever used in
-- sqlite_sequence.
--
-- Adding AUTOINCREMENT changes no stored row and no page format (it only tells SQLite to
-- consult sqlite_sequence when it picks an id), so the tables are not rebuilt, which would
-- also have to rebuild every table whose foreign keys name them: the CREATE TABLE text is
-- edited in place, as 0003 did, and the schema reloaded (the DDL below bumps the schema
-- cookie, so other connections reload it too).

-- sqlite_sequence exists once any AUTOINCREMENT table has been created.
CREATE TABLE autoincrement_seed (id INTEGER PRIMARY KEY AUTOINCREMENT);
DROP TABLE autoincrement_seed;

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'INTEGER PRIMARY KEY,', 'INTEGER PRIMARY KEY AUTOINCREMENT,')
 WHERE type = 'table' AND name IN (
    'person',
    'contact_point',
    'party_relationship',
    'account',
    'site',
    'contact_class',
    'letter_template',
    'contact_type',
    'characteristic_type',
    'contact',
    'contact_log',
    'receipt_method',
    'receipt_method_assignment',
    'receipt_method_primary',
    'instrument',
    'instrument_primary',
    'account_contact',
    'account_relationship',
    'profile_class',
    'profile_class_version',
    'account_profile'
 );
PRAGMA writable_schema = RESET;
CREATE TABLE schema_cookie_bump (x INTEGER) STRICT;
DROP TABLE schema_cookie_bump;

-- The largest id each table has used: its largest row, or a larger one that the audit log
-- names (a record deleted before this migration).
INSERT INTO sqlite_sequence (name, seq) SELECT 'person', max(coalesce((SELECT max(id) FROM person), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'person'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'contact_point', max(coalesce((SELECT max(id) FROM contact_point), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'contact_point'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'party_relationship', max(coalesce((SELECT max(id) FROM party_relationship), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'party_relationship'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'account', max(coalesce((SELECT max(id) FROM account), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'account'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'site', max(coalesce((SELECT max(id) FROM site), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'site'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'contact_class', max(coalesce((SELECT max(id) FROM contact_class), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'contact_class'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'letter_template', max(coalesce((SELECT max(id) FROM letter_template), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'letter_template'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'contact_type', max(coalesce((SELECT max(id) FROM contact_type), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'contact_type'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'characteristic_type', max(coalesce((SELECT max(id) FROM characteristic_type), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'characteristic_type'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'contact', max(coalesce((SELECT max(id) FROM contact), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'contact'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'contact_log', max(coalesce((SELECT max(id) FROM contact_log), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'contact_log'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'receipt_method', max(coalesce((SELECT max(id) FROM receipt_method), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'receipt_method'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'receipt_method_assignment', max(coalesce((SELECT max(id) FROM receipt_method_assignment), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'receipt_method_assignment'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'receipt_method_primary', max(coalesce((SELECT max(id) FROM receipt_method_primary), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'receipt_method_primary'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'instrument', max(coalesce((SELECT max(id) FROM instrument), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'instrument'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'instrument_primary', max(coalesce((SELECT max(id) FROM instrument_primary), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'instrument_primary'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'account_contact', max(coalesce((SELECT max(id) FROM account_contact), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'account_contact'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'account_relationship', max(coalesce((SELECT max(id) FROM account_relationship), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'account_relationship'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'profile_class', max(coalesce((SELECT max(id) FROM profile_class), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'profile_class'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'profile_class_version', max(coalesce((SELECT max(id) FROM profile_class_version), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'profile_class_version'), 0));
INSERT INTO sqlite_sequence (name, seq) SELECT 'account_profile', max(coalesce((SELECT max(id) FROM account_profile), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'account_profile'), 0));
