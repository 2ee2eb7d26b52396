-- Archiving (归档): entries older than the retention period leave the live chain only through the archive step.
-- They are moved, unchanged, into audit.archived_entry, and the live chain then starts from an anchor: the
-- chain position and hash of the last archived entry, so that verification of the live chain needs no archive.
CREATE TABLE audit.archived_entry
(
    seq            BIGINT      NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    module         TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    object_id      TEXT,
    before_summary TEXT,
    after_summary  TEXT,
    chain_position BIGINT      NOT NULL UNIQUE,
    hash           BYTEA       NOT NULL,
    chained_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit.chain_anchor
(
    chain_position   BIGINT      NOT NULL PRIMARY KEY,
    hash             BYTEA       NOT NULL,
    archived_before  DATE        NOT NULL,
    archived_entries BIGINT      NOT NULL,
    archived_at      TIMESTAMPTZ NOT NULL,
    archived_by      TEXT        NOT NULL
);
