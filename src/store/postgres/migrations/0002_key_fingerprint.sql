-- Version 2 (SQLite twin: 0002_key_fingerprint.sql): the key's fingerprint, fixed once the
-- audit log has entries; the digest of the audited record's state.
CREATE TABLE key_fingerprint (
    id          bigint PRIMARY KEY CHECK (id = 1),
    fingerprint text COLLATE "C" NOT NULL
);

-- PostgreSQL allows no subquery in a trigger's WHEN: the condition is in the function.
CREATE FUNCTION custctl_key_fingerprint_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_log) THEN
        RAISE EXCEPTION 'the key fingerprint is fixed once the audit log has entries'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER key_fingerprint_no_update BEFORE UPDATE ON key_fingerprint
FOR EACH ROW EXECUTE FUNCTION custctl_key_fingerprint_fixed();
CREATE TRIGGER key_fingerprint_no_delete BEFORE DELETE ON key_fingerprint
FOR EACH ROW EXECUTE FUNCTION custctl_key_fingerprint_fixed();
CREATE TRIGGER key_fingerprint_no_truncate BEFORE TRUNCATE ON key_fingerprint
FOR EACH STATEMENT EXECUTE FUNCTION custctl_key_fingerprint_fixed();

ALTER TABLE audit_log ADD COLUMN digest text COLLATE "C";
