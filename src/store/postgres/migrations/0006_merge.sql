-- Version 6 (SQLite twin: 0006_merge.sql): merged persons name their survivor; contact
-- points looked up by value.
ALTER TABLE person ADD COLUMN merged_into bigint REFERENCES person (id);
CREATE INDEX person_by_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX contact_point_by_value ON contact_point (type, lower(value));
