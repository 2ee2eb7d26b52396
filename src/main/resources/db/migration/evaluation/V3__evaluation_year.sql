-- The start of a year's evaluation: from then on the year's latest schemes are frozen and results are computed.
CREATE TABLE evaluation.evaluation_year
(
    year       INT PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    started_by TEXT        NOT NULL
);
