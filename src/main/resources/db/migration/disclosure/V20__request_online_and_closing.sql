-- 依申请公开 end to end (issue 18): an application made online waits as SUBMITTED until an editor confirms it with the
-- applicant, that day being its day of receipt (政府信息公开条例 第三十一条(三)), so that until then it has no day of
-- receipt, no department and no clock; the applicant's identity document (第二十九条); the day a request lapsed for
-- want of a correction (第三十条), which the annual report counts in its year; the day the extension was approved, the
-- date of its notice (第三十三条).
ALTER TABLE disclosure.information_request
    ALTER COLUMN received_on DROP NOT NULL,
    ALTER COLUMN clock_starts_on DROP NOT NULL,
    ALTER COLUMN department_id DROP NOT NULL,
    ADD COLUMN applicant_identity TEXT,
    ADD COLUMN withdrawn_on DATE,
    ADD COLUMN extended_on DATE,
    DROP CONSTRAINT information_request_status_check,
    ADD CONSTRAINT information_request_status_check CHECK (status IN ('SUBMITTED', 'RECEIVED', 'AWAITING_CORRECTION',
        'PROCESSING', 'CONSULTING', 'ANSWERED', 'WITHDRAWN')),
    ADD CONSTRAINT information_request_received CHECK (status = 'SUBMITTED' OR (received_on IS NOT NULL
        AND clock_starts_on IS NOT NULL AND department_id IS NOT NULL));

CREATE INDEX information_request_submitted ON disclosure.information_request (unit_id) WHERE status = 'SUBMITTED';

-- 行政复议 and 行政诉讼 about a request's answer, as the unit records them, for the annual report's table
-- (政府信息公开条例 第五十条(三); 国办公开办函〔2021〕30号, table 四).
CREATE TABLE disclosure.request_challenge
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  BIGINT NOT NULL REFERENCES disclosure.information_request (id),
    unit_id     BIGINT NOT NULL,
    kind        TEXT   NOT NULL CHECK (kind IN ('RECONSIDERATION', 'LITIGATION', 'LITIGATION_AFTER_RECONSIDERATION')),
    filed_on    DATE   NOT NULL,
    outcome     TEXT   NOT NULL CHECK (outcome IN ('PENDING', 'UPHELD', 'CORRECTED', 'OTHER')),
    recorded_by TEXT   NOT NULL,
    -- one reconsideration or suit of a kind brought on a day; recording it again records its outcome
    UNIQUE (request_id, kind, filed_on)
);

CREATE INDEX request_challenge_unit ON disclosure.request_challenge (unit_id, filed_on);
