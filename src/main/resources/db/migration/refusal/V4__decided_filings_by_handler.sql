-- One staff member's evaluation recomputed alone (≤ 200 ms, issue 16, docs/decisions/0053) finds the refusal filings
-- they handled in the year; the register's index leads with the unit and department, not the handler.
CREATE INDEX filing_handler_filed ON refusal.filing (handler_staff_id, filed_on);
