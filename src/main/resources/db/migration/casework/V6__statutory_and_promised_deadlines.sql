-- 法定时限 beside 承诺时限 (issue 22): each case keeps the statutory limit and deadline beside the promised one, and the
-- promised deadline apart from the deadline in force that approved extensions move. Pauses move all of them (the
-- clock stood still); extensions only the deadline in force.
ALTER TABLE casework.case_file
    ADD COLUMN statutory_days          INT,
    ADD COLUMN statutory_base_deadline DATE,
    ADD COLUMN promised_deadline       DATE,
    ADD COLUMN statutory_deadline      DATE;

-- Backfill of the cases accepted before: the statutory limit was not kept and this schema does not read the
-- catalog's, so it is taken to be the promised one (statutory = promised where unknown). The promised deadline is the
-- deadline in force for a case never extended, else the deadline when its first approved extension was asked for (a
-- pause ended after that extension is then missing from it).
UPDATE casework.case_file c
SET promised_deadline = coalesce((SELECT e.deadline_before
                                  FROM casework.case_extension e
                                  WHERE e.case_id = c.id AND e.decision = 'APPROVED'
                                  ORDER BY e.id
                                  LIMIT 1), c.deadline)
WHERE c.deadline IS NOT NULL;

UPDATE casework.case_file
SET statutory_days          = promised_days,
    statutory_base_deadline = base_deadline,
    statutory_deadline      = promised_deadline
WHERE deadline IS NOT NULL;

-- On time is measured against the promise and, separately, against the law's limit (no extension moves either).
ALTER TABLE casework.commitment_fact
    ADD COLUMN on_time_statutory BOOLEAN;

UPDATE casework.commitment_fact f
SET on_time           = f.completed_on <= c.promised_deadline,
    on_time_statutory = f.completed_on <= c.statutory_deadline
FROM casework.case_file c
WHERE c.id = f.case_id AND f.completed_on IS NOT NULL AND c.promised_deadline IS NOT NULL;
