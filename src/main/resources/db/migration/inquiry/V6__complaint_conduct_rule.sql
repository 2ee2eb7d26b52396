-- A complaint or report cites the conduct rule (十不准) it says was breached: its code in the list of a unit (0: the
-- region's default) and that list's version, as the conduct module holds them (docs/decisions/0024). Older complaints
-- cite none.
ALTER TABLE inquiry.inquiry
    ADD COLUMN conduct_code    TEXT,
    ADD COLUMN conduct_unit_id BIGINT,
    ADD COLUMN conduct_version INT;
