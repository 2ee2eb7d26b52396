-- 依申请公开 (政府信息公开条例, 2019): requests with the dates their time limits run from, the days a third party took,
-- the extension and the answer of 第三十六条.
CREATE TABLE disclosure.information_request
(
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id                 BIGINT      NOT NULL,
    department_id           BIGINT      NOT NULL,
    channel                 TEXT        NOT NULL CHECK (channel IN ('WINDOW', 'MAIL', 'ONLINE')),
    applicant_kind          TEXT        NOT NULL CHECK (applicant_kind IN ('CITIZEN', 'ORGANIZATION')),
    applicant_name          TEXT        NOT NULL,
    applicant_contact       TEXT,
    description             TEXT        NOT NULL,
    form_wanted             TEXT,
    -- 第三十一条: the day of receipt by channel
    received_on             DATE        NOT NULL,
    status                  TEXT        NOT NULL CHECK (status IN ('RECEIVED', 'AWAITING_CORRECTION', 'PROCESSING',
                                                                   'CONSULTING', 'ANSWERED', 'WITHDRAWN')),
    correction_requested_on DATE,
    -- the day the reply period counts from: receipt, or the corrected request (第三十条)
    clock_starts_on         DATE        NOT NULL,
    consultation_sent_on    DATE,
    -- working days a third party took, not counted (第三十二条、第三十三条)
    paused_days             INT         NOT NULL DEFAULT 0,
    extension_days          INT         NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 20),
    extension_approved_by   TEXT,
    -- the last day of the reply as last computed, for lists; null while the clock stands
    reply_due               DATE,
    answer                  TEXT,
    answered_on             DATE,
    fee                     INT         NOT NULL DEFAULT 0,
    version                 INT         NOT NULL DEFAULT 0
);

CREATE INDEX information_request_unit ON disclosure.information_request (unit_id, received_on DESC);
