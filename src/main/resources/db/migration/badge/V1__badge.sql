-- 持证上岗 (rule 九): the duty badges with what they print, their history, the per-region number counter and the
-- office's tasks (issue a badge, take one back). Staff, units and departments are organisation's ids (no foreign keys
-- across schemas).
CREATE SCHEMA badge;

CREATE TABLE badge.badge
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the printed number, unique in its region: the public verifies it and names a window clerk by it
    region_code       TEXT        NOT NULL,
    number            TEXT        NOT NULL,
    staff_id          BIGINT      NOT NULL,
    unit_id           BIGINT      NOT NULL,
    department_id     BIGINT      NOT NULL,
    -- what the card prints, as it was on the day of issue (rule 九.二: name, unit, position, political status)
    name              TEXT        NOT NULL,
    unit_name         TEXT        NOT NULL,
    department_name   TEXT        NOT NULL,
    post              TEXT,
    position          TEXT,
    political_status  TEXT        NOT NULL,
    -- NEW_STAFF, SECONDEE, REISSUE_CHANGE, REISSUE_LOSS
    reason            TEXT        NOT NULL CHECK (reason IN ('NEW_STAFF', 'SECONDEE', 'REISSUE_CHANGE', 'REISSUE_LOSS')),
    issued_on         DATE        NOT NULL,
    valid_until       DATE        NOT NULL,
    -- VALID (有效), REVOKED (已收回), LOST (挂失作废); expired (过期) is VALID past valid_until
    status            TEXT        NOT NULL CHECK (status IN ('VALID', 'REVOKED', 'LOST')),
    ended_on          DATE,
    replaced_by       BIGINT REFERENCES badge.badge (id),
    photo             BYTEA,
    photo_type        TEXT,
    version           INT         NOT NULL DEFAULT 0,
    UNIQUE (region_code, number),
    CHECK (valid_until >= issued_on)
);

-- at most one valid badge per staff member: a second issue races against the first and loses here
CREATE UNIQUE INDEX badge_one_valid_per_staff ON badge.badge (staff_id) WHERE status = 'VALID';
CREATE INDEX badge_unit ON badge.badge (unit_id, department_id);
CREATE INDEX badge_number ON badge.badge (number);

-- what happened to a badge, for the register's history
CREATE TABLE badge.history
(
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    badge_id BIGINT      NOT NULL REFERENCES badge.badge (id),
    -- ISSUED, REVOKED, LOST, RETURNED, PHOTO
    action   TEXT        NOT NULL,
    note     TEXT,
    by_name  TEXT        NOT NULL,
    at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX history_badge ON badge.history (badge_id, at);

-- the next running number of each region
CREATE TABLE badge.number_counter
(
    region_code TEXT PRIMARY KEY,
    last_number INT  NOT NULL
);

-- the office's work: ISSUE a badge to a new staff member or long secondee, RETURN (take back) a revoked card
CREATE TABLE badge.task
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('ISSUE', 'RETURN')),
    staff_id      BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    staff_name    TEXT        NOT NULL,
    -- ISSUE: the reason of issue; RETURN: why the card is taken back
    reason        TEXT        NOT NULL,
    badge_id      BIGINT REFERENCES badge.badge (id),
    -- OPEN, DONE, REFUSED (a short secondment: no badge, the reason kept), CANCELLED (the person left first)
    state         TEXT        NOT NULL CHECK (state IN ('OPEN', 'DONE', 'REFUSED', 'CANCELLED')),
    refusal       TEXT,
    opened_on     DATE        NOT NULL,
    closed_on     DATE,
    closed_by     TEXT
);
-- a redelivered event opens no second task: one open issue task per staff member, one return task per badge, one
-- refusal per staff member and day
CREATE UNIQUE INDEX task_one_open_issue ON badge.task (staff_id) WHERE kind = 'ISSUE' AND state = 'OPEN';
CREATE UNIQUE INDEX task_one_return ON badge.task (badge_id) WHERE kind = 'RETURN';
CREATE UNIQUE INDEX task_one_refusal ON badge.task (staff_id, opened_on) WHERE state = 'REFUSED';
CREATE INDEX task_state ON badge.task (state, unit_id);
