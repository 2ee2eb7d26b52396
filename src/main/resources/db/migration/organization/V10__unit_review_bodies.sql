-- 行政许可法 第三十八条, 行政复议法 第二十四条, 行政诉讼法 第十八条: a refusal tells the applicant where to seek
-- reconsideration and where to sue; which body and which court depend on the unit, so each unit records its own.
-- Empty until the unit's administrator records them; a unit without them issues no refusal notice.
ALTER TABLE organization.unit
    ADD COLUMN reconsideration_body TEXT,
    ADD COLUMN litigation_court     TEXT;
