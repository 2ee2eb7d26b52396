-- The deadline sweep reads the objects whose warning day or deadline falls between its last run and today over
-- indexes on those dates, instead of updating every object whose level changed (decision 0020). The dates are
-- written once, when the object is fed; nothing in the daily run writes to this table but the rows fed late.

-- A paused clock (补正, a special procedure) keeps its dates; the object is skipped until it runs again.
ALTER TABLE supervision.watched_object ADD COLUMN paused BOOLEAN NOT NULL DEFAULT false;
UPDATE supervision.watched_object SET paused = true WHERE next_check IS NULL AND level <> 'RED';

-- Fed (accepted late, resumed, extended) with a warning day already come: the next run looks at it whatever the
-- dates, as its days may lie before that run's window. Rows still marked by the old classification count as such.
ALTER TABLE supervision.watched_object ADD COLUMN due_now BOOLEAN NOT NULL DEFAULT false;
UPDATE supervision.watched_object SET due_now = true WHERE raise_rule IS NOT NULL;

DROP INDEX supervision.watched_object_next_check;
DROP INDEX supervision.watched_object_raise_rule;
ALTER TABLE supervision.watched_object DROP COLUMN level, DROP COLUMN next_check, DROP COLUMN raise_rule;

CREATE INDEX watched_object_warn_on ON supervision.watched_object (warn_on) WHERE NOT paused;
CREATE INDEX watched_object_deadline ON supervision.watched_object (deadline) WHERE NOT paused;
CREATE INDEX watched_object_due_now ON supervision.watched_object (object_type, object_id) WHERE due_now;

-- The last day whose crossings the sweep raised, one row; none before the first run, which then looks at every
-- object whose warning day has come (the card's unique key keeps what earlier runs raised from being raised again).
CREATE TABLE supervision.deadline_sweep
(
    id       BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    last_day DATE NOT NULL
);

-- The deadline cards the set-based raising left for issuing (待发 for a moment): few, found without reading the rest.
CREATE INDEX card_pending_deadline ON supervision.card (id)
    WHERE state = 'PENDING' AND rule_code IN ('CASE_DEADLINE_NEAR', 'CASE_DUE_TODAY', 'CASE_OVERDUE');
