-- Version 7 (SQLite twin: 0007_garble.sql): garbling a person. Audit entries sign a digest
-- of their changes, so that a redaction may replace the changes; nothing else of an entry
-- may change. The contact log's text may change only for a garbled person.
ALTER TABLE audit_log ADD COLUMN changes_digest text COLLATE "C";
ALTER TABLE audit_log ADD COLUMN redacted_by bigint;

DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW
WHEN (NEW.redacted_by IS NULL OR NEW.redacted_by <= OLD.id
  OR NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
  OR NEW.actor IS DISTINCT FROM OLD.actor OR NEW.action IS DISTINCT FROM OLD.action
  OR NEW.entity IS DISTINCT FROM OLD.entity OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
  OR NEW.prev_hmac IS DISTINCT FROM OLD.prev_hmac OR NEW.hmac IS DISTINCT FROM OLD.hmac
  OR NEW.digest IS DISTINCT FROM OLD.digest
  OR NEW.changes_digest IS DISTINCT FROM OLD.changes_digest)
EXECUTE FUNCTION custctl_refuse('the audit log is append-only');

ALTER TABLE person ADD COLUMN garbled_by bigint;

DROP TRIGGER contact_log_no_edit ON contact_log;
CREATE TRIGGER contact_log_no_edit BEFORE UPDATE OF id, contact_id, logged_at, actor, remind_on, remind_user, remind_role ON contact_log
FOR EACH ROW EXECUTE FUNCTION custctl_refuse('the contact log is append-only');

CREATE FUNCTION custctl_contact_log_text_garbled_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM contact c JOIN person p ON p.id = c.person_id
                    WHERE c.id = OLD.contact_id AND p.garbled_by IS NOT NULL) THEN
        RAISE EXCEPTION 'the contact log is append-only'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER contact_log_text_garbled_only BEFORE UPDATE OF text ON contact_log
FOR EACH ROW EXECUTE FUNCTION custctl_contact_log_text_garbled_only();
