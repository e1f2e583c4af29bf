-- custctl schema: every record has a whole life (issue 11).
-- Sites, contact points and account contacts get an end date: the last day they are in
-- use (inclusive; NULL means in use). Ending never deletes: old records keep naming them.
ALTER TABLE site ADD COLUMN end_date TEXT;
ALTER TABLE contact_point ADD COLUMN end_date TEXT;
ALTER TABLE account_contact ADD COLUMN end_date TEXT;

-- Catalog entries can be deactivated: no new record may use them, old ones keep them.
ALTER TABLE contact_class ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE contact_type ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE characteristic_type ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE receipt_method ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

-- Contact class, contact type and receipt method codes are stored upper-case. A code is
-- upper-cased only when no other code of the same catalog differs from it in case alone;
-- an ambiguous one stays as it is and is reached by typing it exactly (any other case
-- finds the upper-case one). Characteristic type codes keep their case: letter templates
-- name them; they are looked up in any case.
UPDATE contact_class SET code = upper(code)
 WHERE code <> upper(code)
   AND (SELECT count(*) FROM contact_class c WHERE upper(c.code) = upper(contact_class.code)) = 1;
UPDATE contact_type SET code = upper(code)
 WHERE code <> upper(code)
   AND (SELECT count(*) FROM contact_type t
         WHERE t.class_id = contact_type.class_id AND upper(t.code) = upper(contact_type.code)) = 1;
UPDATE receipt_method SET code = upper(code)
 WHERE code <> upper(code)
   AND (SELECT count(*) FROM receipt_method r WHERE upper(r.code) = upper(receipt_method.code)) = 1;
