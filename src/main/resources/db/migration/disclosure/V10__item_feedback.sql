-- 意见建议 on a published item (issue 18): the public writes, an editor of the item's unit answers within the
-- configured working days of the unit's calendar; the text is shown on the portal only when its author agreed.
CREATE TABLE disclosure.feedback
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id         BIGINT      NOT NULL REFERENCES disclosure.item (id),
    unit_id         BIGINT      NOT NULL,
    text            TEXT        NOT NULL,
    -- how the author wants to be called back; never shown on the portal
    author_name     TEXT,
    contact         TEXT,
    shown_publicly  BOOLEAN     NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    answer_by       DATE        NOT NULL,
    answer          TEXT,
    answered_at     TIMESTAMPTZ,
    answered_by     TEXT,
    version         INT         NOT NULL DEFAULT 0,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);

CREATE INDEX feedback_item ON disclosure.feedback (item_id, received_at);
CREATE INDEX feedback_open ON disclosure.feedback (unit_id, answer_by) WHERE answer IS NULL;
