-- The deadline warning (working days left, share of the time used) that the running cases' days (V13,
-- deadline_turns_on) were worked out with. The warning is a setting read at start: a start with another one makes
-- the running cases due, so that the next sweep works their days out again (docs/decisions/0057). One row at most.
-- Empty when this arrives: nobody knows which warning the days already stored came from, so the first start makes
-- them due once, as V13 did.
CREATE TABLE casework.deadline_warning_in_use (
    only_row            BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    working_days_left   INTEGER NOT NULL,
    percent_used        INTEGER NOT NULL,
    since               TIMESTAMPTZ NOT NULL
);
