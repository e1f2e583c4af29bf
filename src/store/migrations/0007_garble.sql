-- custctl schema: erasure of a person's personal data (issue 16, "garbling").
-- An entry written from now on signs a digest of its changes (`changes_digest`) instead of
-- the changes themselves, so that its personal values can be replaced by a tombstone while
-- the chain still verifies. Entries written before keep their form (no changes_digest).
ALTER TABLE audit_log ADD COLUMN changes_digest TEXT;
-- The garble entry that redacted this entry's changes (its signed changes list what was
-- replaced, with the digests before and after); NULL: never redacted.
ALTER TABLE audit_log ADD COLUMN redacted_by INTEGER;

-- The log stays append-only: the one update allowed is a redaction, which replaces the
-- changes and names the entry recording it; nothing else of an entry may change.
DROP TRIGGER IF EXISTS audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NEW.redacted_by IS NULL OR NEW.redacted_by <= OLD.id
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
  OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity
  OR NEW.entity_id IS NOT OLD.entity_id OR NEW.prev_hmac IS NOT OLD.prev_hmac
  OR NEW.hmac IS NOT OLD.hmac OR NEW.digest IS NOT OLD.digest
  OR NEW.changes_digest IS NOT OLD.changes_digest
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- A garbled person: the audit entry of its garble. It can no longer be changed or
-- contacted, and lists leave it out unless asked.
ALTER TABLE person ADD COLUMN garbled_by INTEGER;

-- The contact log stays append-only, except that the text of a garbled person's log
-- entries is garbled with it.
DROP TRIGGER IF EXISTS contact_log_no_edit;
CREATE TRIGGER contact_log_no_edit BEFORE UPDATE OF id, contact_id, logged_at, actor, remind_on, remind_user, remind_role ON contact_log
BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
CREATE TRIGGER contact_log_text_garbled_only BEFORE UPDATE OF text ON contact_log
WHEN NOT EXISTS (SELECT 1 FROM contact c JOIN person p ON p.id = c.person_id
                  WHERE c.id = OLD.contact_id AND p.garbled_by IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
