-- 行政许可法 第四十二条: a 行政许可 is extended by 10 working days at most unless a law or regulation says otherwise;
-- an item allowing more cites that law here. Versions saved before cite none (adding the column changes no row, so
-- published versions stay as they were).
ALTER TABLE catalog.item_version
    ADD COLUMN extension_basis TEXT NOT NULL DEFAULT '';
