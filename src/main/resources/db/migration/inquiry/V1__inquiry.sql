-- 首问负责制: the first-inquiry register (首问登记台账), complaints and reports (投诉、举报), the directory of external
-- authorities, per-unit time limits and the public submissions counted for rate limiting. Units, departments, posts
-- and staff are organization's ids (no foreign keys across schemas).
CREATE SCHEMA inquiry;

CREATE TABLE inquiry.inquiry
(
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    query_code             TEXT        NOT NULL UNIQUE,
    unit_id                BIGINT      NOT NULL,
    department_id          BIGINT,
    channel                TEXT        NOT NULL,
    category               TEXT        NOT NULL,
    received_at            TIMESTAMPTZ NOT NULL,
    subject                TEXT        NOT NULL,
    content                TEXT,
    -- complaints and reports: only supervisors see them, never the unit concerned
    confidential           BOOLEAN     NOT NULL,
    anonymous              BOOLEAN     NOT NULL,
    public_submission      BOOLEAN     NOT NULL,
    first_responder_id     BIGINT,
    first_responder_number TEXT,
    handler_id             BIGINT,
    handler_number         TEXT,
    post_id                BIGINT,
    -- OPEN, AWAITING_CALLBACK, ESCALATED, WITH_SUPERVISORS, CLOSED
    state                  TEXT        NOT NULL,
    callback_post_id       BIGINT,
    callback_due           DATE,
    authority_id           BIGINT,
    hand_overs             INT         NOT NULL DEFAULT 0,
    buck_passing           BOOLEAN     NOT NULL DEFAULT FALSE,
    answer                 TEXT,
    answered_at            TIMESTAMPTZ,
    promised_by            DATE,
    outcome                TEXT,
    closed_at              TIMESTAMPTZ,
    closed_by              TEXT,
    acknowledge_due        DATE        NOT NULL,
    acknowledged_at        TIMESTAMPTZ,
    deadline               DATE        NOT NULL,
    extension_days         INT,
    extension_reason       TEXT,
    extension_requested_by TEXT,
    extension_approved_by  TEXT,
    overdue_reported       BOOLEAN     NOT NULL DEFAULT FALSE,
    concerned_unit_id      BIGINT,
    concerned_department_id BIGINT,
    concerned_staff_id     BIGINT,
    verification           TEXT,
    findings               TEXT,
    acceptance_due         DATE,
    acceptance_notified_at TIMESTAMPTZ
);
CREATE INDEX inquiry_handler ON inquiry.inquiry (handler_id) WHERE state <> 'CLOSED';
CREATE INDEX inquiry_first_responder ON inquiry.inquiry (first_responder_id);
CREATE INDEX inquiry_unit_received ON inquiry.inquiry (unit_id, received_at DESC);
CREATE INDEX inquiry_open_deadline ON inquiry.inquiry (deadline) WHERE state <> 'CLOSED';

-- The visitor of an ordinary inquiry, SM4-encrypted (name, phone, address).
CREATE TABLE inquiry.visitor
(
    inquiry_id   BIGINT PRIMARY KEY REFERENCES inquiry.inquiry (id),
    name         TEXT,
    organisation TEXT,
    phone        TEXT,
    address      TEXT
);

-- The complainant or reporter (纪检监察机关处理检举控告工作规则 第四十七条: kept confidential). Read only on a
-- supervisor's explicit request, audited; no list, page or export of anyone else selects from this table.
CREATE TABLE inquiry.identity
(
    inquiry_id   BIGINT PRIMARY KEY REFERENCES inquiry.inquiry (id),
    name         TEXT,
    organisation TEXT,
    phone        TEXT,
    address      TEXT
);

CREATE TABLE inquiry.material
(
    inquiry_id BIGINT NOT NULL REFERENCES inquiry.inquiry (id),
    position   INT    NOT NULL,
    name       TEXT   NOT NULL,
    count      INT    NOT NULL CHECK (count > 0),
    PRIMARY KEY (inquiry_id, position)
);

-- Every outcome path and hand-off, with time and text (the chain shown when buck-passing is flagged).
CREATE TABLE inquiry.step
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inquiry_id BIGINT      NOT NULL REFERENCES inquiry.inquiry (id),
    at         TIMESTAMPTZ NOT NULL,
    kind       TEXT        NOT NULL,
    by_name    TEXT        NOT NULL,
    post_id    BIGINT,
    staff_id   BIGINT,
    text       TEXT
);
CREATE INDEX step_inquiry ON inquiry.step (inquiry_id, id);

CREATE TABLE inquiry.authority
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT NOT NULL,
    phone      TEXT NOT NULL,
    address    TEXT,
    competence TEXT NOT NULL
);

-- A unit's own time limits in working days; units without a row use the application's defaults.
CREATE TABLE inquiry.time_limits
(
    unit_id                BIGINT PRIMARY KEY,
    acknowledge_days       INT         NOT NULL CHECK (acknowledge_days BETWEEN 0 AND 30),
    answer_days            INT         NOT NULL CHECK (answer_days BETWEEN 1 AND 60),
    conclude_days          INT         NOT NULL CHECK (conclude_days BETWEEN 1 AND 90),
    acceptance_notice_days INT         NOT NULL CHECK (acceptance_notice_days BETWEEN 1 AND 60),
    changed_by             TEXT        NOT NULL,
    changed_at             TIMESTAMPTZ NOT NULL
);

-- Public submissions per client (an SM3 digest of the address, never the address itself), for the rate limit.
CREATE TABLE inquiry.public_submission
(
    client TEXT        NOT NULL,
    at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX public_submission_client ON inquiry.public_submission (client, at);
