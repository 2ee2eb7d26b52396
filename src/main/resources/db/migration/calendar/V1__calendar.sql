-- The working-day calendar (工作日历). Each publication of a year's notice is a new version; the highest version
-- of a year is in force. Local holidays are kept per unit code on top of the national calendar.
CREATE SCHEMA calendar;

CREATE TABLE calendar.year_version
(
    year         INT         NOT NULL,
    version      INT         NOT NULL,
    notice       TEXT        NOT NULL, -- the year in the shipped JSON format
    day_count    INT         NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_by TEXT        NOT NULL,
    PRIMARY KEY (year, version)
);

CREATE TABLE calendar.local_holiday
(
    unit_code TEXT NOT NULL,
    day       DATE NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (unit_code, day)
);

-- One counter, raised by every change: a node whose loaded calendars are older rebuilds them. Publications lock
-- this row, so two administrators never publish the same version of a year.
CREATE TABLE calendar.revision
(
    id    INT    PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);

INSERT INTO calendar.revision (id, value) VALUES (1, 0);
