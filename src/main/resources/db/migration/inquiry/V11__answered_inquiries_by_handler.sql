-- One staff member's evaluation recomputed alone (≤ 200 ms, issue 16, docs/decisions/0053) finds the inquiries they
-- answered in the year: the handler's index holds only open inquiries (inquiry_handler) or those handled on another's
-- behalf (inquiry_covered), so without this it reads every closed inquiry of the year.
CREATE INDEX inquiry_closed_handler ON inquiry.inquiry (handler_id, closed_at) WHERE state = 'CLOSED';
