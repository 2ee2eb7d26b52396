-- 同岗替代制: every post's substitute (B 角), absences with their handover (交接清单), and the acting periods that
-- answer "who acts for this post now" with one indexed look-up. Posts and staff are organization's ids (no foreign
-- keys across schemas).
CREATE SCHEMA substitution;

-- btree_gist lets one GiST index (and exclusion constraint) cover both the post id and the period.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The B 角 of a post: a person, or the holder of another post; on record with who approved it and when.
CREATE TABLE substitution.assignment
(
    post_id             BIGINT PRIMARY KEY,
    substitute_staff_id BIGINT,
    substitute_post_id  BIGINT,
    approved_by         TEXT        NOT NULL,
    approved_at         TIMESTAMPTZ NOT NULL,
    CHECK ((substitute_staff_id IS NULL) <> (substitute_post_id IS NULL))
);

-- Who acts for a leader (principal names the acting leader of a deputy; a deputy is named for the principal).
CREATE TABLE substitution.acting_leader
(
    leader_staff_id BIGINT PRIMARY KEY,
    acting_staff_id BIGINT      NOT NULL CHECK (acting_staff_id <> leader_staff_id),
    approved_by     TEXT        NOT NULL,
    approved_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE substitution.absence
(
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id            BIGINT      NOT NULL,
    department_id       BIGINT      NOT NULL,
    kind                TEXT        NOT NULL,
    period              TSTZRANGE   NOT NULL CHECK (NOT isempty(period)),
    reason              TEXT        NOT NULL,
    -- REQUESTED, APPROVED, STARTED, ENDED
    status              TEXT        NOT NULL,
    handover_required   BOOLEAN     NOT NULL,
    substitute_staff_id BIGINT,
    requested_by        TEXT        NOT NULL,
    requested_at        TIMESTAMPTZ NOT NULL,
    approved_by         TEXT,
    approved_at         TIMESTAMPTZ,
    acknowledged_at     TIMESTAMPTZ,
    return_report       TEXT,
    returned_at         TIMESTAMPTZ,
    -- nobody is absent twice at once
    EXCLUDE USING gist (staff_id WITH =, period WITH &&)
);
CREATE INDEX absence_status ON substitution.absence (status);

-- The absentee's open work at the time of the request, from every module's WorkItemSource, with their notes.
CREATE TABLE substitution.handover_item
(
    absence_id  BIGINT  NOT NULL REFERENCES substitution.absence (id),
    position    INT     NOT NULL,
    module      TEXT    NOT NULL,
    item_id     TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    link        TEXT    NOT NULL,
    deadline    DATE,
    in_progress BOOLEAN NOT NULL,
    note        TEXT,
    PRIMARY KEY (absence_id, position)
);

-- Who acts for a post when it is not its holder: written when an absence is approved or a leader designates a
-- third person. No row at an instant means the holder acts. The exclusion constraint keeps one row per post and
-- instant, and its GiST index is what whoActsFor uses.
CREATE TABLE substitution.acting_period
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id         BIGINT    NOT NULL,
    period          TSTZRANGE NOT NULL CHECK (NOT isempty(period)),
    acting_staff_id BIGINT    NOT NULL,
    -- SUBSTITUTE or DESIGNATED
    reason          TEXT      NOT NULL,
    absence_id      BIGINT REFERENCES substitution.absence (id),
    note            TEXT,
    designated_by   TEXT,
    EXCLUDE USING gist (post_id WITH =, period WITH &&)
);
CREATE INDEX acting_period_staff ON substitution.acting_period USING gist (acting_staff_id, period);
