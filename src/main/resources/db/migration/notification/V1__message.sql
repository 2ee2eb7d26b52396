-- The notification outbox (通知发件箱). A message is written in the business transaction that causes it, so a
-- rolled-back transaction sends nothing and a committed one never loses its message; a dispatcher sends the
-- pending ones afterwards, outside that transaction, and retries with backoff.
CREATE SCHEMA notification;

CREATE TABLE notification.message
(
    id                  UUID PRIMARY KEY,
    channel             TEXT        NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'SMS')),
    -- IN_APP: the staff account's user name, kept in clear because the inbox is looked up by it.
    recipient_username  TEXT,
    -- EMAIL and SMS: the address or mobile number of a person, personal data, SM4-encrypted at rest.
    recipient_encrypted TEXT,
    -- What screens and logs show instead: 138****8000, z***@example.com, or the user name.
    recipient_masked    TEXT        NOT NULL,
    subject             TEXT        NOT NULL,
    body                TEXT        NOT NULL,
    link                TEXT,
    -- A retry of the same business step with the same key finds the first message instead of adding one.
    idempotency_key     TEXT UNIQUE,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts            INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ,
    -- A short technical reason, never personal data.
    last_error          TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    last_attempt_at     TIMESTAMPTZ,
    sent_at             TIMESTAMPTZ,
    read_at             TIMESTAMPTZ,
    CONSTRAINT message_recipient_by_channel CHECK (
        (channel = 'IN_APP' AND recipient_username IS NOT NULL AND recipient_encrypted IS NULL)
        OR (channel <> 'IN_APP' AND recipient_username IS NULL AND recipient_encrypted IS NOT NULL)),
    CONSTRAINT message_pending_has_due_time CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);

-- The dispatcher's question: which pending messages are due, oldest first.
CREATE INDEX message_due_idx ON notification.message (next_attempt_at) WHERE status = 'PENDING';
-- A user's inbox, newest first, and the unread badge.
CREATE INDEX message_inbox_idx ON notification.message (recipient_username, created_at DESC) WHERE channel = 'IN_APP';
CREATE INDEX message_unread_idx ON notification.message (recipient_username) WHERE channel = 'IN_APP' AND read_at IS NULL;
-- The administrators' list of messages that could not be sent.
CREATE INDEX message_failed_idx ON notification.message (created_at DESC) WHERE status = 'FAILED';
