-- The attempts of each client (the SM3 digest of its address) per named bucket of the rate limiter, shared by every
-- node; rows older than their bucket's window are removed as new attempts come.
CREATE SCHEMA IF NOT EXISTS ratelimit;

CREATE TABLE ratelimit.attempt
(
    bucket TEXT        NOT NULL,
    client TEXT        NOT NULL,
    at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX attempt_by_client ON ratelimit.attempt (bucket, client, at);
CREATE INDEX attempt_by_age ON ratelimit.attempt (bucket, at);
