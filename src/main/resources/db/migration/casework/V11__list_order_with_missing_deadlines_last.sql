-- The case lists are paged by keyset (decision 0037) in deadline order: cases not yet accepted have no deadline, and
-- a keyset compares non-null values only, so the order is (deadline is null, the deadline or a stand-in, id), all
-- ascending (CaseOrder.DEADLINE). This index serves the department queue in that order, as the index it replaces
-- served "deadline nulls last, id desc": PostgreSQL walks the undecided cases from the cursor and stops after the page.
DROP INDEX casework.case_file_undecided_deadline;
CREATE INDEX case_file_undecided_by_deadline
    ON casework.case_file ((deadline IS NULL), (COALESCE(deadline, DATE '1970-01-01')), id)
    WHERE state IN ('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');
