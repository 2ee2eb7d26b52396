-- 办件 (casework): submissions, one-time notices, acceptance, steps, pauses, extensions, completion, delivery,
-- ratings with rectification, and the documents issued on each case. Units, departments, posts and staff are
-- organization's ids and items are catalog's (no foreign keys across schemas). Every table that grows with work
-- carries unit_id.
CREATE SCHEMA casework;

-- Applicant names are searched by any part (trigram index).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE casework.case_file
(
    id                     BIGSERIAL PRIMARY KEY,
    unit_id                BIGINT      NOT NULL,
    department_id          BIGINT      NOT NULL,
    item_id                BIGINT      NOT NULL,
    item_version           INT         NOT NULL,
    item_name              TEXT        NOT NULL,
    case_number            TEXT UNIQUE,
    query_code             TEXT        NOT NULL UNIQUE,
    state                  TEXT        NOT NULL,
    state_before           TEXT,
    channel                TEXT        NOT NULL,
    -- applicant: ID number and phone only encrypted (SM4) plus a keyed hash (HMAC-SM3) for exact search
    applicant_kind         TEXT        NOT NULL,
    applicant_name         TEXT        NOT NULL,
    applicant_organisation TEXT,
    id_type                TEXT        NOT NULL,
    id_number_encrypted    TEXT        NOT NULL,
    id_number_hash         TEXT        NOT NULL,
    id_number_masked       TEXT        NOT NULL,
    phone_encrypted        TEXT        NOT NULL,
    phone_masked           TEXT        NOT NULL,
    email_encrypted        TEXT,
    address                TEXT,
    agent_name             TEXT,
    agent_id_type          TEXT,
    agent_id_encrypted     TEXT,
    agent_id_hash          TEXT,
    agent_phone_encrypted  TEXT,
    pickup_method          TEXT        NOT NULL,
    received_on            DATE        NOT NULL,
    received_at            TIMESTAMPTZ NOT NULL,
    received_by            TEXT        NOT NULL,
    -- 行政许可法 第三十二条: the last day a correction notice may be issued for the materials on hand
    notice_due_on          DATE        NOT NULL,
    -- the day the materials on hand were complete as far as the applicant knows: receipt, or the last correction
    last_supplied_on       DATE        NOT NULL,
    deemed_accepted        BOOLEAN     NOT NULL DEFAULT FALSE,
    accepted_on            DATE,
    accepted_at            TIMESTAMPTZ,
    accepted_by            TEXT,
    promised_days          INT,
    natural_days           BOOLEAN     NOT NULL DEFAULT FALSE,
    base_deadline          DATE,
    deadline               DATE,
    paused_working_days    INT         NOT NULL DEFAULT 0,
    extension_working_days INT         NOT NULL DEFAULT 0,
    deadline_status        TEXT,
    current_step           INT,
    current_post_id        BIGINT,
    current_department_id  BIGINT,
    current_staff_id       BIGINT,
    current_staff_number   TEXT,
    result                 TEXT,
    certificate_name       TEXT,
    certificate_number     TEXT,
    decided_on             DATE,
    delivery_method        TEXT,
    delivered_on           DATE,
    delivered_late         BOOLEAN,
    withdrawn_on           DATE,
    idempotency_key        TEXT UNIQUE,
    version                INT         NOT NULL DEFAULT 0
);
-- my work list, the department queue, the yellow/red lists sorted by remaining days, searches
CREATE INDEX case_file_current_staff ON casework.case_file (current_staff_id, deadline) WHERE current_staff_id IS NOT NULL;
CREATE INDEX case_file_department_state ON casework.case_file (department_id, state, deadline);
CREATE INDEX case_file_unit_state ON casework.case_file (unit_id, state, deadline);
CREATE INDEX case_file_open_deadline ON casework.case_file (deadline)
    WHERE state IN ('ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING');
CREATE INDEX case_file_received ON casework.case_file (state, notice_due_on) WHERE state = 'RECEIVED';
CREATE INDEX case_file_id_hash ON casework.case_file (id_number_hash);
CREATE INDEX case_file_agent_id_hash ON casework.case_file (agent_id_hash) WHERE agent_id_hash IS NOT NULL;
CREATE INDEX case_file_applicant_name ON casework.case_file USING gin (applicant_name gin_trgm_ops);
CREATE INDEX case_file_item ON casework.case_file (item_id, received_on);
CREATE INDEX case_file_received_on ON casework.case_file (unit_id, received_on);

-- Every material received, in the order received; round 0 at submission, n after the n-th correction notice.
CREATE TABLE casework.case_material
(
    case_id              BIGINT  NOT NULL REFERENCES casework.case_file (id),
    position             INT     NOT NULL,
    item_material_number INT,
    name                 TEXT    NOT NULL,
    original             BOOLEAN NOT NULL,
    copies               INT     NOT NULL CHECK (copies >= 0),
    pages                INT     NOT NULL CHECK (pages >= 0),
    round                INT     NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- What a one-time notice (补正材料通知书) listed: a missing item material or an irregular received one.
CREATE TABLE casework.case_defect
(
    case_id              BIGINT NOT NULL REFERENCES casework.case_file (id),
    notice_round         INT    NOT NULL,
    position             INT    NOT NULL,
    item_material_number INT,
    material_position    INT,
    name                 TEXT   NOT NULL,
    problem              TEXT   NOT NULL,
    PRIMARY KEY (case_id, notice_round, position)
);

-- One row per correction notice: the second and later ones carry their reason and count as a breach.
CREATE TABLE casework.correction_notice
(
    case_id     BIGINT      NOT NULL REFERENCES casework.case_file (id),
    round       INT         NOT NULL,
    unit_id     BIGINT      NOT NULL,
    issued_on   DATE        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    issued_by   TEXT        NOT NULL,
    reason      TEXT,
    breach      BOOLEAN     NOT NULL,
    corrected_on DATE,
    PRIMARY KEY (case_id, round)
);
CREATE INDEX correction_notice_unit ON casework.correction_notice (unit_id, issued_on);

CREATE TABLE casework.case_step
(
    case_id          BIGINT      NOT NULL REFERENCES casework.case_file (id),
    number           INT         NOT NULL,
    name             TEXT        NOT NULL,
    post_id          BIGINT      NOT NULL,
    department_id    BIGINT      NOT NULL,
    staff_id         BIGINT,
    staff_number     TEXT,
    on_behalf        BOOLEAN     NOT NULL DEFAULT FALSE,
    budget_days      INT         NOT NULL,
    assigned_at      TIMESTAMPTZ,
    assigned_on      DATE,
    due_on           DATE,
    -- 内部科室当天签办不过夜: a step from another department is signed for by the end of the working day
    needs_signing    BOOLEAN     NOT NULL DEFAULT FALSE,
    sign_by          DATE,
    signed_at        TIMESTAMPTZ,
    signed_by        TEXT,
    sign_flagged     BOOLEAN     NOT NULL DEFAULT FALSE,
    completed_at     TIMESTAMPTZ,
    completed_on     DATE,
    completed_by     TEXT,
    opinion          TEXT,
    PRIMARY KEY (case_id, number)
);
CREATE INDEX case_step_unsigned ON casework.case_step (sign_by) WHERE needs_signing AND signed_at IS NULL AND NOT sign_flagged;

-- Pauses of the clock: correction after acceptance, or a special procedure (行政许可法 第四十五条).
CREATE TABLE casework.case_pause
(
    id               BIGSERIAL PRIMARY KEY,
    case_id          BIGINT      NOT NULL REFERENCES casework.case_file (id),
    kind             TEXT        NOT NULL,
    procedure_name   TEXT,
    reason           TEXT        NOT NULL,
    planned_days     INT,
    started_on       DATE        NOT NULL,
    started_by       TEXT        NOT NULL,
    ended_on         DATE,
    working_days     INT
);
CREATE INDEX case_pause_case ON casework.case_pause (case_id);

CREATE TABLE casework.case_extension
(
    id               BIGSERIAL PRIMARY KEY,
    case_id          BIGINT      NOT NULL REFERENCES casework.case_file (id),
    unit_id          BIGINT      NOT NULL,
    working_days     INT         NOT NULL CHECK (working_days > 0),
    reason           TEXT        NOT NULL,
    requested_on     DATE        NOT NULL,
    requested_by     TEXT        NOT NULL,
    decider_staff_id BIGINT      NOT NULL,
    decision         TEXT,
    decision_note    TEXT,
    decided_at       TIMESTAMPTZ,
    decided_by       TEXT,
    deadline_before  DATE        NOT NULL,
    deadline_after   DATE
);
CREATE INDEX case_extension_case ON casework.case_extension (case_id);
CREATE INDEX case_extension_pending ON casework.case_extension (decider_staff_id) WHERE decision IS NULL;

-- Every document issued on a case: its data (to rebuild and reprint it) and its PDF, numbered per unit and year.
CREATE TABLE casework.case_document
(
    id            BIGSERIAL PRIMARY KEY,
    case_id       BIGINT      NOT NULL REFERENCES casework.case_file (id),
    kind          TEXT        NOT NULL,
    title         TEXT        NOT NULL,
    number        TEXT        NOT NULL,
    notice        TEXT,
    pdf           BYTEA       NOT NULL,
    for_applicant BOOLEAN     NOT NULL,
    issued_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, number)
);

-- What happened on a case, in words for its page: refusal instructions and findings, withdrawals, flags.
CREATE TABLE casework.case_history
(
    id       BIGSERIAL PRIMARY KEY,
    case_id  BIGINT      NOT NULL REFERENCES casework.case_file (id),
    at       TIMESTAMPTZ NOT NULL,
    actor    TEXT        NOT NULL,
    action   TEXT        NOT NULL,
    note     TEXT
);
CREATE INDEX case_history_case ON casework.case_history (case_id, id);

-- Sequences per unit, year and kind (case numbers, document numbers), taken under a row lock.
CREATE TABLE casework.number_counter
(
    unit_id BIGINT NOT NULL,
    year    INT    NOT NULL,
    kind    TEXT   NOT NULL,
    last    INT    NOT NULL,
    PRIMARY KEY (unit_id, year, kind)
);

-- 好差评: once per case; score 5 非常满意 … 1 非常不满意 (GB/T 39046 codes run the other way; mapped on export).
CREATE TABLE casework.rating
(
    case_id      BIGINT PRIMARY KEY REFERENCES casework.case_file (id),
    unit_id      BIGINT      NOT NULL,
    department_id BIGINT     NOT NULL,
    overall      INT         NOT NULL CHECK (overall BETWEEN 1 AND 5),
    efficiency   INT         NOT NULL CHECK (efficiency BETWEEN 1 AND 5),
    service_level INT        NOT NULL CHECK (service_level BETWEEN 1 AND 5),
    attitude     INT         NOT NULL CHECK (attitude BETWEEN 1 AND 5),
    comment      TEXT,
    channel      TEXT        NOT NULL,
    real_name    BOOLEAN     NOT NULL,
    rated_on     DATE        NOT NULL,
    rated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX rating_unit ON casework.rating (unit_id, rated_on);

-- 核实整改 after a bad rating, with the 回访 (call-back) record.
CREATE TABLE casework.rectification
(
    id             BIGSERIAL PRIMARY KEY,
    case_id        BIGINT      NOT NULL UNIQUE REFERENCES casework.case_file (id),
    unit_id        BIGINT      NOT NULL,
    department_id  BIGINT      NOT NULL,
    head_staff_id  BIGINT,
    opened_on      DATE        NOT NULL,
    due_on         DATE        NOT NULL,
    findings       TEXT,
    measures       TEXT,
    called_back_on DATE,
    call_back_note TEXT,
    closed_at      TIMESTAMPTZ,
    closed_by      TEXT
);
CREATE INDEX rectification_head ON casework.rectification (head_staff_id) WHERE closed_at IS NULL;

-- Public progress look-ups per client address, for the rate limit shared by every node.
CREATE TABLE casework.progress_lookup
(
    address TEXT        NOT NULL,
    at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX progress_lookup_address ON casework.progress_lookup (address, at);

-- Read model of the service-commitment metrics (服务承诺), fed by casework's own events.
CREATE TABLE casework.commitment_fact
(
    case_id            BIGINT PRIMARY KEY,
    unit_id            BIGINT NOT NULL,
    completed_on       DATE,
    on_time            BOOLEAN,
    working_days_used  INT,
    handovers          INT    NOT NULL DEFAULT 0,
    handovers_same_day INT    NOT NULL DEFAULT 0,
    rated_on           DATE,
    satisfied          BOOLEAN
);
CREATE INDEX commitment_fact_completed ON casework.commitment_fact (unit_id, completed_on);
CREATE INDEX commitment_fact_rated ON casework.commitment_fact (unit_id, rated_on);
