-- Reference data (issue 12).
--
-- 1. Phone and fax contact points keep the number as typed beside the E.164 form that
--    `value` now holds. Points stored before keep their value and have no typed form.
ALTER TABLE contact_point ADD COLUMN typed TEXT;

-- 2. Cards of the brand maestro. Widening a CHECK constraint changes no stored row, so the
--    instrument table is not rebuilt (which would also have to rebuild instrument_primary,
--    whose foreign key names it): its CHECK text is edited in place, the procedure SQLite
--    documents for changing constraints ("Making Other Kinds Of Table Schema Changes"), and
--    the schema is reloaded. The DDL below bumps the schema cookie, so other connections
--    reload it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''jcb'', ''unionpay'')', '''jcb'', ''unionpay'', ''maestro'')')
 WHERE type = 'table' AND name = 'instrument';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_cookie_bump (x INTEGER) STRICT;
DROP TABLE schema_cookie_bump;
