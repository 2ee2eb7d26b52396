-- 考评方案 (rule 八 (二)): a year's indicator scheme per kind of object and grade scale, each revision a new version.
-- The tree (dimensions, indicators, weights, kinds and rules) is one JSON document: it is read and written whole and
-- never queried by its parts. frozen_at is set when the year's evaluation starts; a frozen version is not revised.
CREATE TABLE evaluation.scheme
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year        INT         NOT NULL,
    -- DEPARTMENT or STAFF
    object_type TEXT        NOT NULL,
    -- CIVIL_SERVANT or INSTITUTION: which grade names the results take
    scale       TEXT        NOT NULL,
    version     INT         NOT NULL,
    dimensions  JSONB       NOT NULL,
    drafted_by  TEXT        NOT NULL,
    drafted_at  TIMESTAMPTZ NOT NULL,
    frozen_at   TIMESTAMPTZ,
    UNIQUE (year, object_type, scale, version)
);
