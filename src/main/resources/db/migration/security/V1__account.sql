-- Accounts (账户) of staff and administrators. Roles are kept on the account; the check below is the
-- separation of administrator duties (三员分立, GB/T 22239-2019 level 3): at most one of the three.
CREATE SCHEMA security;

CREATE TABLE security.account
(
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             TEXT        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,49}$'),
    display_name         TEXT        NOT NULL,
    password_hash        TEXT        NOT NULL,
    roles                TEXT[]      NOT NULL DEFAULT '{}',
    enabled              BOOLEAN     NOT NULL DEFAULT TRUE,
    disabled_reason      TEXT,
    must_change_password BOOLEAN     NOT NULL,
    failed_attempts      INT         NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    totp_secret          TEXT,
    totp_pending_secret  TEXT,
    totp_last_step       BIGINT,
    created_at           TIMESTAMPTZ NOT NULL,
    password_changed_at  TIMESTAMPTZ NOT NULL,
    last_used_at         TIMESTAMPTZ,
    CONSTRAINT account_one_administrator_duty CHECK (
        ('ADMIN' = ANY (roles))::int + ('SECURITY_ADMIN' = ANY (roles))::int + ('AUDITOR' = ANY (roles))::int <= 1)
);
