-- Found by EXPLAIN (ANALYZE, BUFFERS) on bench/run --casework-only --casework scale (1,000,000 cases, 100,000 open).

-- Every list is a page sorted by deadline (then newest first). The department queue matches tens of thousands of
-- undecided cases through an OR of departments, the head's own steps and their registrations: without an index in
-- that order PostgreSQL fetched every match and sorted it for 20 rows. Walking the undecided cases in deadline order
-- and keeping those of the caller's scope stops after the page (and the capped count after 1,001 matches).
CREATE INDEX case_file_undecided_deadline ON casework.case_file (deadline, id DESC)
    WHERE state IN ('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');

-- Names of one or two characters (王伟) are matched as the start of the name (CaseSearch): pg_trgm cannot look up
-- fewer than three characters and read the whole table. text_pattern_ops lets LIKE 'prefix%' use a btree whatever
-- the database's collation; lower() because the search ignores case as ILIKE did.
CREATE INDEX case_file_applicant_name_prefix ON casework.case_file (lower(applicant_name) text_pattern_ops);
CREATE INDEX case_file_applicant_organisation_prefix ON casework.case_file (lower(applicant_organisation) text_pattern_ops);
