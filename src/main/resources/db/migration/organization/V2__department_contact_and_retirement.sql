-- A department's public location and phone (一(三)2 of the source text: a visitor handed on to another department is
-- told where it is and how to reach it), and the day a department or post was retired: retired ones stay on record,
-- so that past cases and inquiries keep their names, but are offered for no new work.
ALTER TABLE organization.department
    ADD COLUMN room       TEXT NOT NULL DEFAULT '',
    ADD COLUMN phone      TEXT NOT NULL DEFAULT '',
    ADD COLUMN retired_on DATE;

ALTER TABLE organization.post
    ADD COLUMN retired_on DATE;
