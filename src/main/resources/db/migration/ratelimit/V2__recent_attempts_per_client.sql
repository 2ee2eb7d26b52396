-- One row per client (the SM3 digest of its address) and bucket, holding the times of its attempts within the
-- bucket's window: an attempt is counted, checked and recorded in one statement that locks only that row, instead of
-- an advisory lock, a cleanup, a count and an insert in a transaction of four round trips. A client's row whose
-- latest attempt left the window is removed by another client's attempt. The counts of the old table are not carried
-- over: every address starts with an empty window when this migration runs.
CREATE TABLE ratelimit.recent_attempts
(
    bucket   TEXT          NOT NULL,
    client   TEXT          NOT NULL,
    latest   TIMESTAMPTZ   NOT NULL,
    attempts TIMESTAMPTZ[] NOT NULL,
    PRIMARY KEY (bucket, client)
);

CREATE INDEX recent_attempts_by_age ON ratelimit.recent_attempts (bucket, latest);

DROP TABLE ratelimit.attempt;
