-- Found by EXPLAIN (ANALYZE, BUFFERS) on bench/run --casework-only --casework scale (1,000,000 cases, 100,000 open;
-- decision 0052). Every list's first page reads its rows from an index in the list's order (deadline, the cases
-- without one last, then id: CaseOrder.DEADLINE, as case_file_undecided_by_deadline of V11), so that it stops after
-- the page however many cases match.

-- My work list: one branch per person (me, and each absentee I act for), each the person's open cases in list order.
-- Before, the handler's 1,114 open cases were all read, each joined to its step, then sorted for 20 (356 ms).
CREATE INDEX case_file_open_staff_by_deadline
    ON casework.case_file (current_staff_id, (deadline IS NULL), (COALESCE(deadline, DATE '1970-01-01')), id)
    WHERE state IN ('ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');

-- A name's first two characters (王伟): the key of the search, then list order. Before, the 558 names of one start
-- were read and sorted for 20 (209 ms at a million cases, ten times the names at ten million).
CREATE INDEX case_file_applicant_name_start
    ON casework.case_file ((left(lower(applicant_name), 2)), (deadline IS NULL), (COALESCE(deadline, DATE '1970-01-01')), id);
CREATE INDEX case_file_applicant_organisation_start
    ON casework.case_file ((left(lower(applicant_organisation), 2)), (deadline IS NULL), (COALESCE(deadline, DATE '1970-01-01')), id);
