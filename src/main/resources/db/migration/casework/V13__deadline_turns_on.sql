-- The deadline sweep (yellow and red, 限时办结制) reads only the running cases whose status may have worsened by today
-- (issue 20, docs/decisions/0051): each case keeps the day its status next worsens, worked out with the unit's
-- calendar whenever its deadline or status changes: the day it turns yellow, then the day after its deadline.
ALTER TABLE casework.case_file ADD COLUMN deadline_turns_on DATE;

-- Cases running (or paused) when this arrives have no day yet: they are due now, and the first sweep works out each
-- one's day with its unit's calendar, as it would have checked them anyway.
UPDATE casework.case_file SET deadline_turns_on = accepted_on
WHERE state IN ('ACCEPTED', 'PROCESSING', 'REFUSAL_PENDING', 'SUSPENDED') AND deadline IS NOT NULL
  AND deadline_status IS DISTINCT FROM 'RED';

-- Only running cases with a day are indexed: closed history and paused clocks cost the sweep nothing. The sweep pages
-- by (day, id) over this index.
CREATE INDEX case_file_deadline_turns_on ON casework.case_file (deadline_turns_on, id)
WHERE deadline_turns_on IS NOT NULL AND state IN ('ACCEPTED', 'PROCESSING', 'REFUSAL_PENDING');
