-- One-time-notice compliance (一次性告知合规率, issue 16, docs/decisions/0042) counts for the staff member who issued a
-- case's first correction notice: the sign-in name in issued_by is not a staff id, so the issuer's id is kept beside
-- it from now on (notices issued before stay with their department only).
ALTER TABLE casework.correction_notice ADD COLUMN issued_by_staff_id BIGINT;

-- The same figure reads the year's cases deemed accepted (行政许可法 第三十二条: no notice within 5 working days) among
-- ten million cases: few, so a partial index finds them without reading the table.
CREATE INDEX case_file_deemed_accepted ON casework.case_file (accepted_on) WHERE deemed_accepted;

-- One staff member's figure recomputed alone (≤ 200 ms, issue 16) finds the first notices they issued in the year.
CREATE INDEX correction_notice_first_issuer ON casework.correction_notice (issued_by_staff_id, issued_on) WHERE round = 1;
