-- Issue 10, points 15 and 18.

-- The fingerprint of the database's key file: an HMAC-SHA-256 of a fixed label under the
-- key (never the key itself), recorded when the database is created (or, for a database
-- made before this version, on its first open with a key). A key whose fingerprint differs
-- does not belong to this database and is refused. It may only be replaced while the audit
-- log is empty (`import --key` into a new database).
CREATE TABLE key_fingerprint (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
) STRICT;
CREATE TRIGGER key_fingerprint_no_update BEFORE UPDATE ON key_fingerprint
WHEN EXISTS (SELECT 1 FROM audit_log)
BEGIN SELECT RAISE(ABORT, 'the key fingerprint is fixed once the audit log has entries'); END;
CREATE TRIGGER key_fingerprint_no_delete BEFORE DELETE ON key_fingerprint
WHEN EXISTS (SELECT 1 FROM audit_log)
BEGIN SELECT RAISE(ABORT, 'the key fingerprint is fixed once the audit log has entries'); END;

-- The state of the audited record after the change: an HMAC under the key of the record's
-- row as committed (a digest, never a copy), covered by the entry's chain HMAC. NULL for
-- entries about no single record and for entries written before this version.
ALTER TABLE audit_log ADD COLUMN digest TEXT;
