-- Version 8 (SQLite twin: 0008_ids_never_reused.sql). SQLite needed AUTOINCREMENT so that
-- a deleted record's id is never given to a new one; identity columns never hand out a
-- value twice, so nothing changes here but this note.
COMMENT ON TABLE person IS 'ids are identity values: a deleted record''s id is never reused';
