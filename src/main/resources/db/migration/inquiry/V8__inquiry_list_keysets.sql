-- The lists paged by keyset read their page from an index in their order: what a person took first, newest first
-- (received_at, id), and the register of a unit, newest first.
CREATE INDEX inquiry_first_responder_received ON inquiry.inquiry (first_responder_id, received_at DESC, id DESC);
DROP INDEX inquiry.inquiry_first_responder; -- the first column of the new index serves what it served
CREATE INDEX inquiry_unit_received_id ON inquiry.inquiry (unit_id, received_at DESC, id DESC);
DROP INDEX inquiry.inquiry_unit_received;
CREATE INDEX inquiry_received ON inquiry.inquiry (received_at DESC, id DESC);
