-- Indexes found missing by bench/run --casework-only (1,000,000 cases, 100,000 open): EXPLAIN ANALYZE showed
-- whole-table reads or needless bitmap work in the lists staff open all day.

-- The department queue, and every list of a caller whose data scope is departments or their own work, asks
-- "department_id in (…) or current_department_id in (…) or current_staff_number = …" among the cases not yet
-- decided; without an index on each of the three columns PostgreSQL reads the whole table. Partial indexes over the
-- six undecided states stay small however many closed cases accumulate.
CREATE INDEX case_file_active_department ON casework.case_file (department_id, deadline)
    WHERE state IN ('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');
CREATE INDEX case_file_active_current_department ON casework.case_file (current_department_id)
    WHERE state IN ('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');
CREATE INDEX case_file_active_staff_number ON casework.case_file (current_staff_number)
    WHERE state IN ('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');

-- My work list: current_staff_id stays on a case after its last step, so case_file_current_staff holds every case a
-- person ever had; the planner then also read the 90,000-entry open-deadline index to keep the open ones (0.27 s).
CREATE INDEX case_file_open_staff ON casework.case_file (current_staff_id, deadline)
    WHERE state IN ('ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');

-- Search by applicant name looks in the organisation's name too ("applicant_name ilike … or applicant_organisation
-- ilike …"): with only the name indexed the OR made every search read the whole table.
CREATE INDEX case_file_applicant_organisation ON casework.case_file USING gin (applicant_organisation gin_trgm_ops);

-- Every list asks who the caller acts for now (代岗) and their open steps (CaseSearch.openStepsOf): by staff number
-- among assigned, unfinished steps, which without an index read every step ever taken (2 million at 1,000,000 cases).
CREATE INDEX case_step_open_staff ON casework.case_step (staff_number) WHERE assigned_on IS NOT NULL AND completed_on IS NULL;
