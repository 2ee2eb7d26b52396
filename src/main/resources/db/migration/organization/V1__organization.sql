-- The organisation of a region: units (单位), their department trees (股室/科室), posts (岗位), staff (人员) and who
-- leads what (主要领导, 分管领导, 股室负责人). Other modules refer to these rows by id only.
CREATE SCHEMA organization;

-- 行政区划 (GB/T 2260 six-digit administrative division code).
CREATE TABLE organization.region
(
    code CHAR(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name TEXT NOT NULL
);

CREATE TABLE organization.unit
(
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code         CHAR(6) NOT NULL REFERENCES organization.region (code),
    name                TEXT    NOT NULL,
    short_name          TEXT    NOT NULL,
    credit_code         CHAR(18) NOT NULL UNIQUE,
    principal_leader_id BIGINT
);

CREATE TABLE organization.department
(
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id   BIGINT NOT NULL REFERENCES organization.unit (id),
    parent_id BIGINT REFERENCES organization.department (id),
    name      TEXT   NOT NULL,
    head_id   BIGINT,
    -- the deputy leader (分管领导) who oversees this department
    deputy_id BIGINT
);

CREATE INDEX department_unit ON organization.department (unit_id);

CREATE TABLE organization.post
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id   BIGINT NOT NULL REFERENCES organization.department (id),
    name            TEXT   NOT NULL,
    kind            TEXT   NOT NULL CHECK (kind IN ('WINDOW', 'HANDLING', 'LEADING')),
    duties          TEXT   NOT NULL DEFAULT '',
    -- codes of the service-item and inquiry categories this post answers for (duty scope); the catalog owns them
    duty_categories TEXT[] NOT NULL DEFAULT '{}'
);

CREATE INDEX post_department ON organization.post (department_id);

CREATE TABLE organization.staff
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_number     TEXT    NOT NULL UNIQUE,
    name             TEXT    NOT NULL,
    gender           TEXT    NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    -- SM4-encrypted (GB/T 39786); never stored in clear
    phone            TEXT,
    position         TEXT    NOT NULL DEFAULT '',
    political_status TEXT    NOT NULL,
    employment       TEXT    NOT NULL CHECK (employment IN ('ESTABLISHED', 'SECONDED', 'CONTRACT')),
    seconded_from    DATE,
    seconded_until   DATE,
    status           TEXT    NOT NULL CHECK (status IN ('ON_DUTY', 'TRANSFERRED_OUT', 'RESIGNED', 'RETIRED')),
    unit_id          BIGINT  NOT NULL REFERENCES organization.unit (id),
    department_id    BIGINT  NOT NULL REFERENCES organization.department (id),
    username         TEXT UNIQUE,
    photo            BYTEA,
    photo_type       TEXT,
    joined_on        DATE    NOT NULL,
    left_on          DATE,
    CONSTRAINT staff_secondment CHECK ((employment = 'SECONDED') = (seconded_from IS NOT NULL AND seconded_until IS NOT NULL))
);

CREATE INDEX staff_unit ON organization.staff (unit_id);
CREATE INDEX staff_department ON organization.staff (department_id);

CREATE TABLE organization.post_holder
(
    post_id  BIGINT NOT NULL REFERENCES organization.post (id),
    staff_id BIGINT NOT NULL REFERENCES organization.staff (id),
    PRIMARY KEY (post_id, staff_id)
);

CREATE INDEX post_holder_staff ON organization.post_holder (staff_id);

-- 分管领导: a unit's deputy leaders; the departments each oversees are department.deputy_id.
CREATE TABLE organization.deputy_leader
(
    unit_id  BIGINT NOT NULL REFERENCES organization.unit (id),
    staff_id BIGINT NOT NULL REFERENCES organization.staff (id),
    PRIMARY KEY (unit_id, staff_id)
);
