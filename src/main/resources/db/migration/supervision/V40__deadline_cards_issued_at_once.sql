-- The deadline sweep issues the day's cards in the statement that raises them (decision 0023): no deadline card waits
-- pending any more. One left pending by the earlier design is removed and its object flagged due_now, so that the
-- next run raises it again at the level it has on that day, issued.
UPDATE supervision.watched_object w SET due_now = true
WHERE EXISTS (SELECT 1 FROM supervision.card c
              WHERE c.object_type = w.object_type AND c.object_id = w.object_id AND c.state = 'PENDING'
                AND c.rule_code IN ('CASE_DEADLINE_NEAR', 'CASE_DUE_TODAY', 'CASE_OVERDUE'));

DELETE FROM supervision.card c
WHERE c.state = 'PENDING' AND c.rule_code IN ('CASE_DEADLINE_NEAR', 'CASE_DUE_TODAY', 'CASE_OVERDUE')
  AND NOT EXISTS (SELECT 1 FROM supervision.press p WHERE p.card_id = c.id);

DROP INDEX supervision.card_pending_deadline;

-- A first run (or one after the clock was set back) looks at every watched object: it goes through them in chunks of
-- object ids, each chunk committed with its cards, and remembers where it is, so that it is bounded per run and a run
-- that stops leaves the rest to the next. catch_up_day is the day it began (the normal runs go on from there),
-- catch_up_after the last object id done.
ALTER TABLE supervision.deadline_sweep ALTER COLUMN last_day DROP NOT NULL;
ALTER TABLE supervision.deadline_sweep ADD COLUMN catch_up_day DATE;
ALTER TABLE supervision.deadline_sweep ADD COLUMN catch_up_after BIGINT;
