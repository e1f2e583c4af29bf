-- Version 9 (SQLite twin: 0009_postgres_functions.sql, which changes nothing there).

-- `folded_contains(text, needle)`: whether `text` contains `needle` ignoring case for all of
-- Unicode, as the SQLite connection's function of the same name. The text columns are
-- COLLATE "C", whose lower() folds ASCII only, so the comparison folds under ICU's root
-- locale. NULL text contains nothing.
CREATE FUNCTION folded_contains(haystack text, needle text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(strpos(lower(haystack COLLATE "und-x-icu"), lower(needle COLLATE "und-x-icu")) > 0, false)
$$;

-- The rows a write changed or deleted, for sealing it before COMMIT (src/store/audit.rs):
-- on SQLite the connection's update hook collects them. A session that wants them creates
-- the temporary table `custctl_changed (entity text, id bigint)`; other sessions (psql, a
-- replica's tools) pay one catalog lookup per changed row and record nothing.
CREATE FUNCTION custctl_track_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.custctl_changed') IS NOT NULL THEN
        INSERT INTO pg_temp.custctl_changed (entity, id) VALUES (TG_TABLE_NAME, OLD.id)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- Every table with an `id` column except the audit log itself.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables tb
           ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.column_name = 'id'
          AND tb.table_type = 'BASE TABLE'
          AND c.table_name NOT IN ('audit_log', 'key_fingerprint', 'custctl_migration')
    LOOP
        EXECUTE format(
            'CREATE TRIGGER custctl_track_change AFTER UPDATE OR DELETE ON %I
                 FOR EACH ROW EXECUTE FUNCTION custctl_track_change()', t);
    END LOOP;
END
$$;

-- Foreign keys may be deferred to COMMIT, as SQLite's `defer_foreign_keys` does for
-- `import` (an export lists a merged person before its survivor) and the bulk contact
-- import. They stay checked at each statement unless a transaction defers them.
DO $$
DECLARE
    fk record;
BEGIN
    FOR fk IN
        SELECT c.conrelid::regclass AS tbl, c.conname
          FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE c.contype = 'f' AND n.nspname = current_schema()
    LOOP
        EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                       fk.tbl, fk.conname);
    END LOOP;
END
$$;
