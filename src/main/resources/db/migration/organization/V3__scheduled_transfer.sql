-- A transfer decided now and effective on a later day: the organisation sweep applies it on that day. applied_at is
-- set in the same transaction as the move, by the one run whose update finds it still pending, so that a transfer is
-- applied exactly once whichever node runs the sweep and however often.
CREATE TABLE organization.scheduled_transfer
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id         BIGINT      NOT NULL REFERENCES organization.staff (id),
    to_department_id BIGINT      NOT NULL REFERENCES organization.department (id),
    effective_on     DATE        NOT NULL,
    scheduled_by     TEXT        NOT NULL,
    scheduled_at     TIMESTAMPTZ NOT NULL,
    applied_at       TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ
);

-- one pending transfer per staff member
CREATE UNIQUE INDEX scheduled_transfer_pending ON organization.scheduled_transfer (staff_id)
    WHERE applied_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX scheduled_transfer_due ON organization.scheduled_transfer (effective_on)
    WHERE applied_at IS NULL AND cancelled_at IS NULL;
