-- 行为规范: the conduct rules, a versioned list per unit, the region's default under unit 0 (docs/decisions/0024).
-- Units are the organisation's ids (no foreign keys across schemas).
CREATE SCHEMA conduct;

-- One row per rule of a version of a unit's list; unit 0 is the region's default. A new version replaces the whole
-- list, so that a complaint, a finding or a case cites the exact wording it was judged by (code and version).
CREATE TABLE conduct.conduct_rule
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

-- The source text's 十不准 (效能建设工作制度 十一, shared/seed/rules-zh.md), quoted as the copy has it: the copy breaks
-- off in the sixth item, so the region's default holds six.
INSERT INTO conduct.conduct_rule (unit_id, version, position, code, text, source, changed_by, changed_at)
VALUES (0, 1, 1, 'SBZ-1', '不准阳奉阴违、自行其是', '效能建设工作制度 十一、机关效能建设“十不准” 一', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 2, 'SBZ-2', '不准弄虚作假、与民争利', '效能建设工作制度 十一、机关效能建设“十不准” 二', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 3, 'SBZ-3', '不准独断专行、软弱放任', '效能建设工作制度 十一、机关效能建设“十不准” 三', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 4, 'SBZ-4', '不准奢侈浪费、挥霍公款', '效能建设工作制度 十一、机关效能建设“十不准” 四', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 5, 'SBZ-5', '不准滥用职权、吃拿卡要', '效能建设工作制度 十一、机关效能建设“十不准” 五', 'system', '2026-01-01T00:00:00+08'),
       (0, 1, 6, 'SBZ-6', '不准办事拖拉', '效能建设工作制度 十一、机关效能建设“十不准” 六（原文至此中断）', 'system', '2026-01-01T00:00:00+08');
