-- 电子监察: the rules a supervisor tunes per unit, the cards they raise (预警, 黄牌, 红牌) with their feedback (整改反馈),
-- appeals (申诉) and presses (督办), and the module's own projection of the open objects whose deadlines it watches.
-- Cases, inquiries, refusals, posts, units and staff are other modules' ids (no foreign keys across schemas).
CREATE SCHEMA supervision;

-- One row per version of a rule's settings in a unit: the built-in defaults are version 1 and need no row; every
-- change by a supervisor adds the next version, so that a card names the exact settings that raised it.
CREATE TABLE supervision.rule_setting
(
    unit_id       BIGINT      NOT NULL,
    rule_code     TEXT        NOT NULL,
    version       INT         NOT NULL CHECK (version >= 2),
    enabled       BOOLEAN     NOT NULL,
    -- the rule's main number (e.g. per cent of the time used) and, for the deadline warning, the working days left
    threshold     INT,
    days_left     INT,
    feedback_days INT         NOT NULL CHECK (feedback_days BETWEEN 1 AND 30),
    changed_by    TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit_id, rule_code, version)
);

CREATE TABLE supervision.card
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_code       TEXT        NOT NULL,
    rule_version    INT         NOT NULL,
    -- WARNING (预警), YELLOW (黄牌), RED (红牌)
    colour          TEXT        NOT NULL CHECK (colour IN ('WARNING', 'YELLOW', 'RED')),
    -- PENDING (待发), ISSUED (已发), ANSWERED (已反馈), CLOSED (已办结), REVOKED (撤销), CANCELLED (取消)
    state           TEXT        NOT NULL CHECK (state IN ('PENDING', 'ISSUED', 'ANSWERED', 'CLOSED', 'REVOKED', 'CANCELLED')),
    -- CASE, STEP, INQUIRY, REFUSAL, POST, RATING, COMMITMENT
    object_type     TEXT        NOT NULL,
    object_id       BIGINT      NOT NULL,
    -- the part of the object, e.g. a case's step number; 0 for the object as a whole
    object_part     INT         NOT NULL DEFAULT 0,
    -- what the object is called on pages (a case number, a query code), never personal data
    object_label    TEXT        NOT NULL,
    unit_id         BIGINT      NOT NULL,
    -- NULL when the object names no department (an inquiry nobody took): then only the unit's leaders see it
    department_id   BIGINT,
    holder_staff_id BIGINT,
    -- who holds it: HANDLER, DEPARTMENT_HEAD, OVERSEEING_LEADER; escalating a red card moves it one level up
    holder_level    TEXT        NOT NULL,
    facts           TEXT        NOT NULL,
    raised_at       TIMESTAMPTZ NOT NULL,
    issued_at       TIMESTAMPTZ,
    feedback_due    DATE,
    feedback        TEXT,
    feedback_at     TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    version         INT         NOT NULL DEFAULT 0,
    UNIQUE (rule_code, object_type, object_id, object_part)
);

CREATE INDEX card_holder ON supervision.card (holder_staff_id, raised_at DESC);
CREATE INDEX card_department ON supervision.card (unit_id, department_id, raised_at DESC);
CREATE INDEX card_object ON supervision.card (object_type, object_id) WHERE state = 'PENDING';
CREATE INDEX card_feedback_due ON supervision.card (feedback_due) WHERE state = 'ISSUED';

CREATE TABLE supervision.appeal
(
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_id             BIGINT      NOT NULL REFERENCES supervision.card (id),
    appellant_staff_id  BIGINT      NOT NULL,
    reasons             TEXT        NOT NULL,
    filed_at            TIMESTAMPTZ NOT NULL,
    -- OPEN, REVOKED (撤销), UPHELD (维持), ESCALATED (上报)
    state               TEXT        NOT NULL CHECK (state IN ('OPEN', 'REVOKED', 'UPHELD', 'ESCALATED')),
    decided_by          TEXT,
    decided_at          TIMESTAMPTZ,
    decision_reason     TEXT
);

CREATE UNIQUE INDEX appeal_one_open_per_card ON supervision.appeal (card_id) WHERE state = 'OPEN';
CREATE INDEX appeal_open ON supervision.appeal (filed_at) WHERE state = 'OPEN';

-- 督办: a supervisor presses a card or a case with a written instruction and a deadline.
CREATE TABLE supervision.press
(
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_id            BIGINT REFERENCES supervision.card (id),
    case_id            BIGINT,
    unit_id            BIGINT      NOT NULL,
    department_id      BIGINT      NOT NULL,
    addressee_staff_id BIGINT,
    instruction        TEXT        NOT NULL,
    due_on             DATE        NOT NULL,
    pressed_by         TEXT        NOT NULL,
    pressed_at         TIMESTAMPTZ NOT NULL,
    CHECK ((card_id IS NULL) <> (case_id IS NULL))
);

CREATE INDEX press_card ON supervision.press (card_id);
CREATE INDEX press_case ON supervision.press (case_id);

-- The open objects whose deadlines the rules watch, fed by the other modules' events. A closed object leaves the
-- table, so the sweep's cost follows the open objects only; next_check is the day the object's level next changes
-- (NULL while its clock is paused or once it is red), and the sweep reads only rows whose day has come.
CREATE TABLE supervision.watched_object
(
    object_type     TEXT   NOT NULL,
    object_id       BIGINT NOT NULL,
    object_label    TEXT   NOT NULL,
    unit_id         BIGINT NOT NULL,
    department_id   BIGINT NOT NULL,
    holder_staff_id BIGINT,
    started_on      DATE   NOT NULL,
    deadline        DATE   NOT NULL,
    warn_on         DATE   NOT NULL,
    -- NONE, WARNING, YELLOW, RED
    level           TEXT   NOT NULL DEFAULT 'NONE',
    next_check      DATE,
    PRIMARY KEY (object_type, object_id)
);

CREATE INDEX watched_object_next_check ON supervision.watched_object (next_check) WHERE next_check IS NOT NULL;

-- Text messages about cards wait here for office hours (configurable); in-app messages go out at once.
CREATE TABLE supervision.pending_sms
(
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_id   BIGINT      NOT NULL REFERENCES supervision.card (id),
    staff_id  BIGINT      NOT NULL,
    reason    TEXT        NOT NULL,
    queued_at TIMESTAMPTZ NOT NULL,
    UNIQUE (card_id, staff_id, reason)
);
