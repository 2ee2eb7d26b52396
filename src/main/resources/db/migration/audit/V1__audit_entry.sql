-- The audit log (审计日志): append-only. An entry gets its sequence number in the business transaction;
-- a background chainer later gives it a chain position and its SM3 hash over the previous hash and the
-- canonical entry, so inserts never wait on each other.
CREATE SCHEMA audit;

CREATE TABLE audit.entry
(
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    module         TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    object_id      TEXT,
    before_summary TEXT,
    after_summary  TEXT,
    chain_position BIGINT UNIQUE,
    hash           BYTEA,
    chained_at     TIMESTAMPTZ
);

CREATE INDEX entry_unchained_idx ON audit.entry (seq) WHERE chain_position IS NULL;
CREATE INDEX entry_occurred_at_idx ON audit.entry (occurred_at);
