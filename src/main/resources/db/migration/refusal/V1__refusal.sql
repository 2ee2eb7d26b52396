-- 否定报备制: every refusal is a filing (否定报备登记表) with its legal basis, the leader's decision when it lies beyond
-- the handler's authority, the notice issued when it takes effect, the return of materials and the leaders' review.
-- Cases, items, units and staff are other modules' ids (no foreign keys across schemas).
CREATE SCHEMA refusal;

CREATE TABLE refusal.filing
(
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                 BIGINT      NOT NULL,
    case_reference          TEXT        NOT NULL,
    -- NOT_ACCEPTED, NOT_PERMITTED, NOT_PROVIDED
    kind                    TEXT        NOT NULL,
    -- AWAITING_LEADER, AWAITING_COLLECTIVE_DECISION, IN_EFFECT, OVERRULED, FOUND_WRONG
    state                   TEXT        NOT NULL,
    unit_id                 BIGINT      NOT NULL,
    department_id           BIGINT      NOT NULL,
    item_id                 BIGINT      NOT NULL,
    item_version            INT         NOT NULL,
    item_name               TEXT        NOT NULL,
    applicant_name          TEXT        NOT NULL,
    applicant_organisation  TEXT,
    applicant_masked_id     TEXT,
    applicant_masked_phone  TEXT,
    -- SM4, personal data at rest
    applicant_address       TEXT,
    circumstances           TEXT        NOT NULL,
    reasons                 TEXT        NOT NULL,
    materials_concerned     TEXT        NOT NULL,
    handler_staff_id        BIGINT      NOT NULL,
    handler_staff_number    TEXT        NOT NULL,
    handler_name            TEXT        NOT NULL,
    handler_unit            TEXT        NOT NULL,
    handler_post            TEXT        NOT NULL,
    handler_masked_phone    TEXT,
    -- HANDLER, DEPARTMENT_HEAD, DEPUTY_LEADER, PRINCIPAL_LEADER
    required_authority      TEXT        NOT NULL,
    within_authority        BOOLEAN     NOT NULL,
    major                   BOOLEAN     NOT NULL,
    decider_staff_id        BIGINT,
    acting_for_staff_id     BIGINT,
    decision_due            DATE,
    -- AGREED, DISAGREED
    decision                TEXT,
    decided_by_staff_id     BIGINT,
    decided_by_name         TEXT,
    decided_at              TIMESTAMPTZ,
    opinion                 TEXT,
    collective_participants TEXT,
    collective_decided_on   DATE,
    overdue_reported_at     TIMESTAMPTZ,
    filed_by                TEXT        NOT NULL,
    filed_at                TIMESTAMPTZ NOT NULL,
    filed_on                DATE        NOT NULL,
    reviewed_by             TEXT,
    reviewed_at             TIMESTAMPTZ,
    review_wrong            BOOLEAN,
    review_finding          TEXT,
    CHECK (within_authority OR decider_staff_id IS NOT NULL)
);

-- A case waits for at most one leader decision at a time.
CREATE UNIQUE INDEX filing_one_open_per_case ON refusal.filing (case_id)
    WHERE state IN ('AWAITING_LEADER', 'AWAITING_COLLECTIVE_DECISION');
CREATE INDEX filing_by_case ON refusal.filing (case_id);
CREATE INDEX filing_awaiting ON refusal.filing (decision_due)
    WHERE state IN ('AWAITING_LEADER', 'AWAITING_COLLECTIVE_DECISION');
CREATE INDEX filing_register ON refusal.filing (unit_id, department_id, filed_on);

CREATE TABLE refusal.legal_basis
(
    filing_id BIGINT NOT NULL REFERENCES refusal.filing (id),
    position  INT    NOT NULL,
    law       TEXT   NOT NULL,
    article   TEXT   NOT NULL,
    PRIMARY KEY (filing_id, position)
);

-- The notice (不予受理通知书 / 不予许可决定书) as issued: one copy stays here for the leader's file (the register).
CREATE TABLE refusal.notice
(
    filing_id BIGINT PRIMARY KEY REFERENCES refusal.filing (id),
    number    TEXT  NOT NULL UNIQUE,
    title     TEXT  NOT NULL,
    issued_on DATE  NOT NULL,
    pdf       BYTEA NOT NULL
);

-- Notice numbers run per unit and year: 县市监不受〔2026〕3号.
CREATE TABLE refusal.notice_counter
(
    unit_id BIGINT NOT NULL,
    year    INT    NOT NULL,
    last    INT    NOT NULL,
    PRIMARY KEY (unit_id, year)
);

CREATE TABLE refusal.material_return
(
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- a filing's materials are returned once
    filing_id              BIGINT      NOT NULL UNIQUE REFERENCES refusal.filing (id),
    case_id                BIGINT      NOT NULL,
    materials              TEXT        NOT NULL,
    collector_name         TEXT        NOT NULL,
    collector_masked_id    TEXT        NOT NULL,
    -- SM4, personal data at rest
    collector_id_number    TEXT        NOT NULL,
    -- DRAWN, SCANNED
    signature_kind         TEXT        NOT NULL,
    signature_media_type   TEXT        NOT NULL,
    signature              BYTEA       NOT NULL,
    returned_on            DATE        NOT NULL,
    staff_id               BIGINT      NOT NULL,
    staff_name             TEXT        NOT NULL,
    recorded_at            TIMESTAMPTZ NOT NULL
);
