-- The time limits inside a case that supervision watches besides its deadline: each open step's own budget (环节时限)
-- and each rectification a bad rating opened (差评整改期限), fed by casework's events (StepAssigned, StepCompleted,
-- RectificationOpened, RectificationClosed). A row whose limit passed raises its card once and leaves the table, so
-- the sweep's cost follows the open limits, not history.
CREATE TABLE supervision.watched_limit
(
    -- STEP (the id is the case's, the part the step's number) or RATING (the id is the rectification's, part 0)
    object_type     TEXT   NOT NULL,
    object_id       BIGINT NOT NULL,
    object_part     BIGINT NOT NULL,
    object_label    TEXT   NOT NULL,
    unit_id         BIGINT NOT NULL,
    department_id   BIGINT NOT NULL,
    holder_staff_id BIGINT,
    due_on          DATE   NOT NULL,
    PRIMARY KEY (object_type, object_id, object_part)
);

CREATE INDEX watched_limit_due_on ON supervision.watched_limit (due_on);

-- 服务承诺制: the months whose commitments were measured, one row per unit and month, so that the monthly check
-- measures each unit once (its cards are idempotent anyway, by commitment, month and promise).
CREATE TABLE supervision.commitment_check
(
    unit_id    BIGINT      NOT NULL,
    month      DATE        NOT NULL,
    checked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit_id, month)
);
