-- 效能监察驾驶舱: the cockpit's own figures, fed by casework's and inquiry's events (never by their tables), so that
-- its first paint reads a few thousand pre-aggregated rows however many cases the region has handled.
-- Numbered V20 so that the supervision module's core migrations (V1…) can grow without a clash.

-- One row per case the cockpit has heard of: the facts its figures count, each set once, so that a redelivered event
-- changes nothing (a listener counts only when its column goes from empty to set); drill-downs list these rows.
CREATE TABLE supervision.cockpit_case
(
    case_id       BIGINT PRIMARY KEY,
    unit_id       BIGINT NOT NULL,
    department_id BIGINT,
    case_number   TEXT,
    received_on   DATE,
    accepted_on   DATE,
    deadline      DATE,
    -- completed (granted or refused) or withdrawn
    closed_on     DATE,
    completed_on  DATE,
    on_time       BOOLEAN,
    -- 好差评 on the canonical scale 5 非常满意 … 1 非常不满意
    rating        INT CHECK (rating BETWEEN 1 AND 5),
    rated_on      DATE
);

-- Open cases (accepted, not yet closed), listed by deadline in a unit or the region: partial indexes, so the lists do
-- not grow with closed history.
CREATE INDEX cockpit_case_open ON supervision.cockpit_case (unit_id, deadline)
    WHERE accepted_on IS NOT NULL AND closed_on IS NULL;
CREATE INDEX cockpit_case_open_deadline ON supervision.cockpit_case (deadline, case_id)
    WHERE accepted_on IS NOT NULL AND closed_on IS NULL;

-- How many cases of each unit are open now, moved when a case's acceptance or closing is first recorded (counting a
-- million open rows at each paint took 1.5 s).
CREATE TABLE supervision.open_case_count
(
    unit_id BIGINT PRIMARY KEY,
    open    BIGINT NOT NULL
);
CREATE INDEX cockpit_case_completed ON supervision.cockpit_case (unit_id, completed_on) WHERE completed_on IS NOT NULL;
CREATE INDEX cockpit_case_rated ON supervision.cockpit_case (unit_id, rated_on) WHERE rated_on IS NOT NULL;

-- Complaints (投诉) heard of, once each; who made them is never stored here.
CREATE TABLE supervision.cockpit_complaint
(
    inquiry_id    BIGINT PRIMARY KEY,
    unit_id       BIGINT NOT NULL,
    registered_on DATE   NOT NULL
);

-- The figures per day, unit and department (0 where the event names no department: intake, acceptance, complaints).
CREATE TABLE supervision.daily_figure
(
    day           DATE        NOT NULL,
    unit_id       BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    received      INT         NOT NULL DEFAULT 0,
    accepted      INT         NOT NULL DEFAULT 0,
    completed     INT         NOT NULL DEFAULT 0,
    on_time       INT         NOT NULL DEFAULT 0,
    -- working days used and promised (the final deadline's, extensions included) by the completed cases
    days_used     INT         NOT NULL DEFAULT 0,
    days_promised INT         NOT NULL DEFAULT 0,
    rated         INT         NOT NULL DEFAULT 0,
    -- 好评 (基本满意 and above: 3, 4, 5) and 差评 (不满意 and worse: 1, 2)
    satisfied     INT         NOT NULL DEFAULT 0,
    dissatisfied  INT         NOT NULL DEFAULT 0,
    complaints    INT         NOT NULL DEFAULT 0,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (day, unit_id, department_id)
);

CREATE INDEX daily_figure_unit ON supervision.daily_figure (unit_id, day);

-- Cards that bind their holders now (issued, feedback given or not), per unit and colour, without reading the rest.
CREATE INDEX card_live_unit ON supervision.card (unit_id, colour) WHERE state IN ('ISSUED', 'ANSWERED');
CREATE INDEX card_raised_unit ON supervision.card (unit_id, raised_at);

-- 约谈: a department last in its unit's monthly ranking two months running is flagged for a talk with the leader,
-- once per unit, department and month of the flag.
CREATE TABLE supervision.talk_flag
(
    unit_id       BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    -- the first day of the second month it was last in
    month         DATE        NOT NULL,
    flagged_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit_id, department_id, month)
);
