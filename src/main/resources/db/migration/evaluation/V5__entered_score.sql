-- The scores people give: the overseeing leader's (分管领导评分), the year-end assessment's and the qualitative
-- levels of the evaluation team, one per year, object and indicator, the last one entered standing.
CREATE TABLE evaluation.entered_score
(
    year           INT           NOT NULL,
    object_type    TEXT          NOT NULL,
    object_id      BIGINT        NOT NULL,
    indicator_code TEXT          NOT NULL,
    score          NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    entered_by     TEXT          NOT NULL,
    entered_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (year, object_type, object_id, indicator_code)
);
