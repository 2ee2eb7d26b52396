-- 否定报备制 四(一): every negative answer is filed, also on a first-inquiry matter (首问) that never became a case. A
-- filing refuses exactly one case or one inquiry (the inquiry module's id; no foreign key across schemas).
ALTER TABLE refusal.filing ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE refusal.filing ADD COLUMN inquiry_id BIGINT;
ALTER TABLE refusal.filing ADD CONSTRAINT filing_refuses_one_matter CHECK ((case_id IS NULL) <> (inquiry_id IS NULL));

-- An inquiry waits for at most one leader decision at a time, as a case does.
CREATE UNIQUE INDEX filing_one_open_per_inquiry ON refusal.filing (inquiry_id)
    WHERE state IN ('AWAITING_LEADER', 'AWAITING_COLLECTIVE_DECISION');
CREATE INDEX filing_by_inquiry ON refusal.filing (inquiry_id) WHERE inquiry_id IS NOT NULL;
