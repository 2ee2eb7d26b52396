-- The case lists page by keyset, newest opened first (opened_at, id), for the whole region and within a unit; the
-- count stops at the cap, so neither reads more than a page's worth of the index.
CREATE INDEX accountability_case_opened ON accountability.accountability_case (opened_at DESC, id DESC);
CREATE INDEX accountability_case_unit_opened ON accountability.accountability_case (unit_id, opened_at DESC, id DESC);
