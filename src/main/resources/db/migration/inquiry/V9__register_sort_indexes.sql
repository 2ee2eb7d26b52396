-- The register sorted by deadline (答复期限) or by query code reads its keyset page from an index in that order, for
-- the whole region (supervisors) and for one unit, as V8 does for the newest-first order.
CREATE INDEX inquiry_deadline_id ON inquiry.inquiry (deadline, id);
CREATE INDEX inquiry_unit_deadline_id ON inquiry.inquiry (unit_id, deadline, id);
CREATE INDEX inquiry_query_code_id ON inquiry.inquiry (query_code, id);
CREATE INDEX inquiry_unit_query_code_id ON inquiry.inquiry (unit_id, query_code, id);
