-- 同岗替代制 六(五): a substitute's handling of covered work is measured like the holder's. An inquiry records whether
-- its handler holds it acting for the post's absent holder (代岗), so that the substitute's record lists it.
ALTER TABLE inquiry.inquiry ADD COLUMN handler_on_behalf BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX inquiry_covered ON inquiry.inquiry (handler_id, closed_at) WHERE handler_on_behalf AND state = 'CLOSED';
