-- The accountability decisions of each year as evaluation heard of them (AccountabilityDecided): counted by the
-- ACCOUNTABILITY_DECISIONS figure, and the reason a person or department cannot be rated 优秀.
CREATE TABLE evaluation.sanction
(
    case_id                   BIGINT PRIMARY KEY,
    year                      INT     NOT NULL,
    unit_id                   BIGINT  NOT NULL,
    department_id             BIGINT,
    staff_id                  BIGINT,
    sanctions                 TEXT    NOT NULL,
    not_eligible_for_excellent BOOLEAN NOT NULL,
    decided_on                DATE    NOT NULL
);
CREATE INDEX sanction_year ON evaluation.sanction (year, staff_id);
