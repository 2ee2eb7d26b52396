-- 绩效考评 (rule 八): the schema, and the one table through which the public sampling survey hands its closed results
-- to the year's evaluation. The survey writes a row per department when a survey closes; the evaluation reads it as
-- the public (群众评议) input of that department's scheme. Versions V2–V19 of this module belong to the schemes and
-- results, V20 onwards to the survey.
CREATE SCHEMA evaluation;

CREATE TABLE evaluation.survey_result
(
    survey_id        BIGINT       NOT NULL,
    -- the evaluation year the survey serves
    year             INT          NOT NULL,
    unit_id          BIGINT       NOT NULL,
    department_id    BIGINT       NOT NULL,
    -- mean satisfaction on a 0–100 scale
    score            NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    -- people invited, and those who answered
    sample_size      INT          NOT NULL CHECK (sample_size >= 0),
    responses        INT          NOT NULL CHECK (responses BETWEEN 0 AND sample_size),
    -- half-width of the 95 % confidence interval of the score, in points of the same scale
    margin_of_error  NUMERIC(5, 2) NOT NULL CHECK (margin_of_error >= 0),
    closed_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (survey_id, department_id)
);

CREATE INDEX survey_result_year ON evaluation.survey_result (year, department_id);
