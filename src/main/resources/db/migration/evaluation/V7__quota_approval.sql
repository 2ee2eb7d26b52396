-- A leader's approval of the wider 优秀 quota (25 % instead of 20 %) for a year's pool: a unit's staff, or (unit 0)
-- the region's departments.
CREATE TABLE evaluation.quota_approval
(
    year        INT         NOT NULL,
    object_type TEXT        NOT NULL,
    unit_id     BIGINT      NOT NULL,
    approved_by TEXT        NOT NULL,
    approved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (year, object_type, unit_id)
);
