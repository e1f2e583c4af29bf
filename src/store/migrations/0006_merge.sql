-- A person merged into another (`person merge KEEP DUP…`) stays as a record that names its
-- survivor, so that its id and external id still resolve (to the survivor). Nothing else
-- refers to it after the merge (`doctor`: no-record-references-a-merged-person).
ALTER TABLE person ADD COLUMN merged_into INTEGER REFERENCES person (id);
CREATE INDEX person_by_merged_into ON person (merged_into) WHERE merged_into IS NOT NULL;
-- `person import --match email,phone` looks persons up by contact point value.
CREATE INDEX contact_point_by_value ON contact_point (type, lower(value));
