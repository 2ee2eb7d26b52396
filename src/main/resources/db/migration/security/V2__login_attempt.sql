-- Every sign-in attempt, successful or not, with the user name as typed (also for unknown names) and
-- where it came from: the security audit record GB/T 22239-2019 8.1.4.3 asks for.
CREATE TABLE security.login_attempt
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempted_at   TIMESTAMPTZ NOT NULL,
    username       TEXT        NOT NULL,
    account_id     BIGINT REFERENCES security.account (id) ON DELETE SET NULL,
    remote_address TEXT,
    succeeded      BOOLEAN     NOT NULL,
    reason         TEXT        NOT NULL
);

CREATE INDEX login_attempt_username_idx ON security.login_attempt (lower(username), attempted_at);
CREATE INDEX login_attempt_attempted_at_idx ON security.login_attempt (attempted_at);
