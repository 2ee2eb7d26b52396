-- 群众评议 by sampling survey: a survey of the people a unit (or the region) served in a period, sampled by
-- department from a recorded seed, each invited once by text message with a one-use link, answering anonymously.
-- Closing a survey writes its results to evaluation.survey_result (V1).
CREATE TABLE evaluation.survey
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year        INT         NOT NULL,
    -- the unit surveyed; null for every unit of the region
    unit_id     BIGINT,
    period_from DATE        NOT NULL,
    period_to   DATE        NOT NULL,
    -- people drawn per department at most, and the seed of the draw: the same seed draws the same sample
    per_stratum INT         NOT NULL CHECK (per_stratum BETWEEN 1 AND 1000),
    seed        BIGINT      NOT NULL,
    -- links work until the end of this day (China time)
    answer_by   DATE        NOT NULL,
    -- DEFINED, OPEN, CLOSED
    state       TEXT        NOT NULL,
    defined_by  TEXT        NOT NULL,
    defined_at  TIMESTAMPTZ NOT NULL,
    opened_at   TIMESTAMPTZ,
    closed_at   TIMESTAMPTZ,
    CHECK (period_from <= period_to)
);
CREATE INDEX survey_year ON evaluation.survey (year, unit_id);

-- Each department sampled: how many distinct people it served in the period (N_h, for the finite-population
-- correction) and how many were invited.
CREATE TABLE evaluation.survey_stratum
(
    survey_id     BIGINT NOT NULL REFERENCES evaluation.survey (id),
    unit_id       BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    population    INT    NOT NULL CHECK (population > 0),
    invited       INT    NOT NULL CHECK (invited BETWEEN 1 AND population),
    PRIMARY KEY (survey_id, unit_id, department_id)
);

-- One person's one-use link: only the SM3 digest of its token; no phone, no name, and nothing that ties it to the
-- answer given through it (not even the moment it was used).
CREATE TABLE evaluation.survey_invitation
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id     BIGINT      NOT NULL REFERENCES evaluation.survey (id),
    unit_id       BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    token_hash    TEXT        NOT NULL UNIQUE,
    used          BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX survey_invitation_survey ON evaluation.survey_invitation (survey_id, unit_id, department_id);

-- The answers, anonymous: the department they speak of and the scores 1–5, nothing else (no id, no time).
CREATE TABLE evaluation.survey_answer
(
    survey_id     BIGINT   NOT NULL REFERENCES evaluation.survey (id),
    unit_id       BIGINT   NOT NULL,
    department_id BIGINT   NOT NULL,
    overall       SMALLINT NOT NULL CHECK (overall BETWEEN 1 AND 5),
    attitude      SMALLINT NOT NULL CHECK (attitude BETWEEN 1 AND 5),
    efficiency    SMALLINT NOT NULL CHECK (efficiency BETWEEN 1 AND 5),
    integrity     SMALLINT NOT NULL CHECK (integrity BETWEEN 1 AND 5)
);
CREATE INDEX survey_answer_survey ON evaluation.survey_answer (survey_id, unit_id, department_id);
