-- Version 3 (SQLite twin: 0003_phone_typed.sql): the number as typed beside its E.164
-- form; cards of the brand maestro (PostgreSQL replaces the CHECK; SQLite edits it in place).
ALTER TABLE contact_point ADD COLUMN typed text COLLATE "C";

ALTER TABLE instrument
    DROP CONSTRAINT instrument_brand_check,
    ADD CONSTRAINT instrument_brand_check
        CHECK (brand IN ('visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'maestro'));
