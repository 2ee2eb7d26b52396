-- 失职追究制 and 十不准: the conduct rules (a versioned list per unit, the region's default under unit 0), the
-- accountability cases (效能问责) with their statement (申辩) and decision, and the decision notices (效能问责决定书).
-- Cards, complaints, refusals, units, departments and staff are other modules' ids (no foreign keys across schemas).
CREATE SCHEMA accountability;

-- One row per rule of a version of a unit's list; unit 0 is the region's default. A new version replaces the whole
-- list, so that a case cites the exact wording it was judged by (code and version).
CREATE TABLE accountability.conduct_rule
(
    unit_id    BIGINT      NOT NULL,
    version    INT         NOT NULL CHECK (version >= 1),
    position   INT         NOT NULL,
    code       TEXT        NOT NULL,
    text       TEXT        NOT NULL,
    source     TEXT        NOT NULL,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit_id, version, code)
);

-- The source text's 十不准 (rule 十一), quoted as the copy has it: the copy breaks off in the sixth item.
INSERT INTO accountability.conduct_rule (unit_id, version, position, code, text, source, changed_by, changed_at)
VALUES (0, 1, 1, 'SBZ-1', '不准阳奉阴违、自行其是', '效能建设工作制度 十一、机关效能建设“十不准” 一', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 2, 'SBZ-2', '不准弄虚作假、与民争利', '效能建设工作制度 十一、机关效能建设“十不准” 二', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 3, 'SBZ-3', '不准独断专行、软弱放任', '效能建设工作制度 十一、机关效能建设“十不准” 三', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 4, 'SBZ-4', '不准奢侈浪费、挥霍公款', '效能建设工作制度 十一、机关效能建设“十不准” 四', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 5, 'SBZ-5', '不准滥用职权、吃拿卡要', '效能建设工作制度 十一、机关效能建设“十不准” 五', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 6, 'SBZ-6', '不准办事拖拉', '效能建设工作制度 十一、机关效能建设“十不准” 六（原文至此中断）', 'system', '2026-01-01T00:00:00+08');

CREATE TABLE accountability.accountability_case
(
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- CARD (红牌), COMPLAINT (查实的投诉举报), REFUSAL (否定报备被纠正), INSPECTION (明察暗访), EVALUATION, LEADER_REFERRAL
    source                   TEXT        NOT NULL,
    -- the source's id in its module; NULL for a leader's referral, which has no record elsewhere
    source_id                BIGINT,
    -- what pages call the source, never personal data (a card's rule, a refusal's number)
    source_label             TEXT        NOT NULL,
    unit_id                  BIGINT      NOT NULL,
    department_id            BIGINT,
    -- NULL when the subject is a department (or, the source naming nobody, the unit)
    staff_id                 BIGINT,
    year                     INT         NOT NULL,
    failure_type             TEXT        NOT NULL,
    -- the conduct rule cited: its code in the list of that unit (0: the region's) and version
    conduct_code             TEXT,
    conduct_unit_id          BIGINT,
    conduct_version          INT,
    -- OPEN (立案调查), AWAITING_STATEMENT (待申辩), STATED (已申辩), DECIDED (已决定),
    -- EXEMPTED (不可抗力, 不予追究), WITHDRAWN (来源被撤销)
    state                    TEXT        NOT NULL CHECK (state IN ('OPEN', 'AWAITING_STATEMENT', 'STATED', 'DECIDED',
                                                                   'EXEMPTED', 'WITHDRAWN')),
    facts                    TEXT        NOT NULL,
    evidence                 TEXT,
    investigation            TEXT,
    severity                 TEXT CHECK (severity IN ('MINOR', 'SERIOUS', 'GRAVE')),
    -- 从重: a second case of the person in the year (set when opened), or obstruction, false testimony, retaliation
    repeat_in_year           BOOLEAN     NOT NULL,
    aggravations             TEXT        NOT NULL DEFAULT '',
    statement_due            DATE,
    statement                TEXT,
    stated_at                TIMESTAMPTZ,
    sanctions                TEXT        NOT NULL DEFAULT '',
    decided_by_staff_id      BIGINT,
    decided_by_level         TEXT,
    decided_on               DATE,
    decision_reason          TEXT,
    not_eligible_for_excellent BOOLEAN,
    bonus_deduction_percent  INT,
    closing_reason           TEXT,
    opened_by                TEXT        NOT NULL,
    opened_at                TIMESTAMPTZ NOT NULL,
    closed_at                TIMESTAMPTZ,
    version                  INT         NOT NULL DEFAULT 0
);

-- one case per source and person, however often the source's event is delivered
CREATE UNIQUE INDEX accountability_case_source ON accountability.accountability_case (source, source_id, coalesce(staff_id, 0))
    WHERE source_id IS NOT NULL;
CREATE INDEX accountability_case_unit_year ON accountability.accountability_case (unit_id, year);
CREATE INDEX accountability_case_staff_year ON accountability.accountability_case (staff_id, year) WHERE staff_id IS NOT NULL;

-- 效能问责决定书: the notice as data and as its PDF, reprinted identically; numbered per unit and year without gaps.
CREATE TABLE accountability.decision_notice
(
    case_id   BIGINT PRIMARY KEY REFERENCES accountability.accountability_case (id),
    unit_id   BIGINT      NOT NULL,
    year      INT         NOT NULL,
    sequence  INT         NOT NULL,
    number    TEXT        NOT NULL,
    notice    TEXT        NOT NULL,
    pdf       BYTEA       NOT NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    UNIQUE (unit_id, year, sequence)
);
