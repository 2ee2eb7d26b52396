-- 行政许可法 第四十二条: legality is measured against the statutory limit, commitments against the promised one; the
-- cockpit keeps both for each completed case. Cases completed before this change have no statutory facts recorded
-- here and count in neither statutory column.
ALTER TABLE supervision.cockpit_case
    ADD COLUMN statutory_deadline DATE,
    ADD COLUMN on_time_statutory  BOOLEAN;

-- completed cases whose item has a statutory limit, and those of them completed within it
ALTER TABLE supervision.daily_figure
    ADD COLUMN with_statutory    INT NOT NULL DEFAULT 0,
    ADD COLUMN on_time_statutory INT NOT NULL DEFAULT 0;
