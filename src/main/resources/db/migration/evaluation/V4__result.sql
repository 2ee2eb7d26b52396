-- A department's or staff member's result of a year: the breakdown per indicator (JSON, read whole), the total, the
-- rank in its pool (staff: their unit; departments: the region), the grade, why 优秀 was out of reach, and the steps
-- computed → published (优秀 list, ≥ 5 working days for objections) → signed / disputed → final.
CREATE TABLE evaluation.result
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year             INT           NOT NULL,
    object_type      TEXT          NOT NULL,
    object_id        BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    department_id    BIGINT        NOT NULL,
    scale            TEXT          NOT NULL,
    scheme_id        BIGINT        NOT NULL REFERENCES evaluation.scheme (id),
    breakdown        JSONB         NOT NULL,
    total            NUMERIC(6, 2) NOT NULL,
    rank             INT,
    grade            TEXT,
    -- why the result cannot be 优秀 (an accountability decision of the year), shown with the grade
    blocked_reason   TEXT,
    state            TEXT          NOT NULL,
    published_on     DATE,
    objections_until DATE,
    signed_by        TEXT,
    signed_at        TIMESTAMPTZ,
    dispute          TEXT,
    dispute_answer   TEXT,
    check_findings   TEXT,
    final_on         DATE,
    version          INT           NOT NULL DEFAULT 0,
    UNIQUE (year, object_type, object_id)
);
CREATE INDEX result_pool ON evaluation.result (year, object_type, unit_id);
