-- One staff member's evaluation recomputed alone (≤ 200 ms over 10,000,000 cases, issue 16, docs/decisions/0056):
-- the completed cases' figures (on time, days used against promised, bad ratings) counted for the staff member who
-- worked the last step were read through case_file_current_staff, i.e. every case they ever held, of every year, and
-- then each one's commitment fact and rating. The commitment fact now carries what those figures need, written when
-- the case is completed (and its rating when it is rated), so that one range read of one person's year suffices and
-- the year's figures need no join.
ALTER TABLE casework.commitment_fact
    ADD COLUMN department_id BIGINT,
    ADD COLUMN staff_id      BIGINT,
    ADD COLUMN promised_days INT,
    ADD COLUMN bad_rating    BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE casework.commitment_fact f
SET department_id = c.department_id,
    staff_id      = c.current_staff_id,
    promised_days = c.promised_days,
    bad_rating    = coalesce(r.overall <= 2, false)
FROM casework.case_file c
LEFT JOIN casework.rating r ON r.case_id = c.id
WHERE c.id = f.case_id AND f.completed_on IS NOT NULL;

-- One person's completed cases of one year, with every column their figures read: an index-only range read.
CREATE INDEX commitment_fact_staff_completed ON casework.commitment_fact (staff_id, completed_on)
    INCLUDE (department_id, on_time, working_days_used, promised_days, bad_rating)
    WHERE completed_on IS NOT NULL;
