-- Inspectors are staff of the organisation (issue 15): an inspection keeps their ids, in the order named, beside the
-- names as they were when it was recorded (inspectors). Inspections recorded before name them as free text only; their
-- ids stay NULL and their text is shown as it was written.
ALTER TABLE accountability.inspection
    ADD COLUMN inspector_ids BIGINT[];
