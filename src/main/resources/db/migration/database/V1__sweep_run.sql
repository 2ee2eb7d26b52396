-- Each run of a scheduled sweep, by whichever node ran it: every node's health page shows every node's runs, and a
-- run that skipped rows (failed > 0) or stopped (result FAILED) shows as failing until a later run succeeds.
CREATE SCHEMA IF NOT EXISTS database;

CREATE TABLE database.sweep_run
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sweep       VARCHAR(64)  NOT NULL,
    node        VARCHAR(255) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    done        INTEGER      NOT NULL DEFAULT 0,
    failed      INTEGER      NOT NULL DEFAULT 0,
    result      VARCHAR(16)  NOT NULL CHECK (result IN ('RUNNING', 'OK', 'PARTIAL', 'FAILED')),
    failed_rows TEXT
);

CREATE INDEX sweep_run_by_sweep ON database.sweep_run (sweep, started_at DESC);
