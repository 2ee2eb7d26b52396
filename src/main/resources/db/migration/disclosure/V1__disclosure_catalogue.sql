-- 政务公开 (rule 十): the catalogue's items with their six elements, schedule and review, their history, attachments
-- and the search index. Units, departments and staff are organisation's ids (no foreign keys across schemas).
CREATE SCHEMA disclosure;

CREATE TABLE disclosure.item
(
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id             BIGINT      NOT NULL,
    department_id       BIGINT      NOT NULL,
    editor_id           BIGINT      NOT NULL,
    editor_name         TEXT        NOT NULL,
    category            TEXT        NOT NULL,
    -- MONTHLY, QUARTERLY, YEARLY (regular), BY_STAGE, AD_HOC (政府信息公开条例 第二十六条: within 20 working days)
    cadence             TEXT        NOT NULL CHECK (cadence IN ('MONTHLY', 'QUARTERLY', 'YEARLY', 'BY_STAGE', 'AD_HOC')),
    title               TEXT        NOT NULL,
    body                TEXT        NOT NULL,
    -- the six elements of rule 十(八), each where it applies
    basis               TEXT,
    duties              TEXT,
    conditions          TEXT,
    procedure           TEXT,
    discipline          TEXT,
    result              TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'CLEARED', 'PUBLISHED', 'WITHDRAWN')),
    reviewer_name       TEXT,
    -- by when something must be published; null once nothing is due
    due_on              DATE,
    -- the due day whose miss was already raised, so that it is raised once
    overdue_raised_for  DATE,
    published_at        TIMESTAMPTZ,
    previous_edition    BIGINT REFERENCES disclosure.item (id),
    -- the title's and body's character bigrams (DisclosureSearch), title weighted A, body B
    search              TSVECTOR,
    version             INT         NOT NULL DEFAULT 0
);

CREATE INDEX item_unit_status ON disclosure.item (unit_id, status);
CREATE INDEX item_published ON disclosure.item (category, published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX item_due ON disclosure.item (due_on) WHERE due_on IS NOT NULL;
CREATE INDEX item_search ON disclosure.item USING GIN (search);

-- every step of an item, with the text as it was when published or withdrawn: withdrawal keeps the history
CREATE TABLE disclosure.item_history
(
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id   BIGINT      NOT NULL REFERENCES disclosure.item (id),
    at        TIMESTAMPTZ NOT NULL,
    action    TEXT        NOT NULL,
    by_name   TEXT        NOT NULL,
    note      TEXT,
    title     TEXT,
    body      TEXT
);

CREATE INDEX item_history_item ON disclosure.item_history (item_id, at);

CREATE TABLE disclosure.attachment
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id      BIGINT      NOT NULL REFERENCES disclosure.item (id),
    name         TEXT        NOT NULL,
    media_type   TEXT        NOT NULL,
    size         INT         NOT NULL,
    content      BYTEA       NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    uploaded_by  TEXT        NOT NULL
);

CREATE INDEX attachment_item ON disclosure.attachment (item_id);
