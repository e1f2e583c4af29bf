-- Version 5 (SQLite twin: 0005_life.sql): end dates of sites, contact points and account
-- contacts; catalog entries that can be deactivated; upper-case catalog codes.
ALTER TABLE site ADD COLUMN end_date date;
ALTER TABLE contact_point ADD COLUMN end_date date;
ALTER TABLE account_contact ADD COLUMN end_date date;

ALTER TABLE contact_class ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE contact_type ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE characteristic_type ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE receipt_method ADD COLUMN active boolean NOT NULL DEFAULT true;

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
