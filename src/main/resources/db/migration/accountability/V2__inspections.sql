-- 明察暗访 (inspections): planned or unannounced visits by supervisors to a unit's windows, their findings (a person
-- or a post, the conduct rule breached, what was seen), the evidence taken (photos and documents, kept here because
-- the platform has no attachment store), and whether the person acknowledged the finding or refused to sign.
CREATE TABLE accountability.inspection
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- PLANNED (明察) or UNANNOUNCED (暗访)
    kind        TEXT        NOT NULL CHECK (kind IN ('PLANNED', 'UNANNOUNCED')),
    visited_on  DATE        NOT NULL,
    unit_id     BIGINT      NOT NULL,
    inspectors  TEXT        NOT NULL,
    -- the windows (窗口) or places visited, as the inspectors name them
    visited     TEXT        NOT NULL,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_unit ON accountability.inspection (unit_id, visited_on);

CREATE TABLE accountability.inspection_finding
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id   BIGINT      NOT NULL REFERENCES accountability.inspection (id),
    -- a person, or a post whose holder was not identified (an empty window); exactly one of the two
    staff_id        BIGINT,
    post_id         BIGINT,
    department_id   BIGINT      NOT NULL,
    conduct_code    TEXT        NOT NULL,
    conduct_unit_id BIGINT      NOT NULL,
    conduct_version INT         NOT NULL,
    description     TEXT        NOT NULL,
    -- ACKNOWLEDGED (本人签字确认) or REFUSED (本人拒绝签字), recorded once by the inspector
    signature       TEXT CHECK (signature IN ('ACKNOWLEDGED', 'REFUSED')),
    signature_note  TEXT,
    signed_at       TIMESTAMPTZ,
    -- the accountability case the finding opened, once it did
    case_id         BIGINT REFERENCES accountability.accountability_case (id),
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    CHECK ((staff_id IS NULL) <> (post_id IS NULL))
);
CREATE INDEX inspection_finding_inspection ON accountability.inspection_finding (inspection_id);

CREATE TABLE accountability.inspection_evidence
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id   BIGINT      NOT NULL REFERENCES accountability.inspection_finding (id),
    file_name    TEXT        NOT NULL,
    -- taken from the file's own first bytes, never from what the uploader claims
    content_type TEXT        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    content      BYTEA       NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_evidence_finding ON accountability.inspection_evidence (finding_id);
