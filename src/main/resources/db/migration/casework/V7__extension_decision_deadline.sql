-- 领导不压不拖: a leader decides an extension request within a limit, and before the case's deadline in force; a
-- decision not taken by then is reported once (decision_overdue_at) and stays on the leader's list, flagged.
ALTER TABLE casework.case_extension
    ADD COLUMN decision_due        DATE,
    ADD COLUMN decision_overdue_at TIMESTAMPTZ;

-- Requests already waiting get the case's deadline as theirs: an extension decided after it moves nothing.
UPDATE casework.case_extension SET decision_due = deadline_before WHERE decision_due IS NULL;

ALTER TABLE casework.case_extension ALTER COLUMN decision_due SET NOT NULL;

CREATE INDEX case_extension_decision_due ON casework.case_extension (decision_due)
    WHERE decision IS NULL AND decision_overdue_at IS NULL;
