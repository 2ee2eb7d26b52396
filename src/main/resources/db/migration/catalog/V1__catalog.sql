-- 服务承诺制 / 一次性告知制: the service catalog (事项, GB/T 39046-2020 elements), each item stored version by version,
-- the attachments of its materials (blank forms, filled samples), and each unit's service commitment (服务承诺书).
-- Units, departments and posts are organization's ids (no foreign keys across schemas).
CREATE SCHEMA catalog;

-- One row per item: what is the same across its versions. The implementation code (实施编码) is unique among items.
CREATE TABLE catalog.item
(
    id                  BIGSERIAL PRIMARY KEY,
    implementation_code TEXT        NOT NULL UNIQUE,
    unit_id             BIGINT      NOT NULL,
    created_by          TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL
);

-- One row per version. Lists of elements (legal basis, steps, materials, fees…) are JSON arrays of the public records.
CREATE TABLE catalog.item_version
(
    item_id                   BIGINT      NOT NULL REFERENCES catalog.item (id),
    version                   INT         NOT NULL CHECK (version >= 1),
    status                    TEXT        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    name                      TEXT        NOT NULL,
    basic_code                TEXT        NOT NULL,
    implementation_code       TEXT        NOT NULL,
    item_type                 TEXT        NOT NULL,
    unit_id                   BIGINT      NOT NULL,
    department_id             BIGINT      NOT NULL,
    responsible_post_ids      JSONB       NOT NULL,
    legal_basis               JSONB       NOT NULL,
    conditions                TEXT        NOT NULL,
    statutory_number          INT,
    statutory_unit            TEXT        NOT NULL,
    statutory_explanation     TEXT        NOT NULL,
    promised_number           INT,
    promised_unit             TEXT        NOT NULL,
    promised_explanation      TEXT        NOT NULL,
    case_kind                 TEXT        NOT NULL,
    steps                     JSONB       NOT NULL,
    special_procedures        JSONB       NOT NULL,
    materials                 JSONB       NOT NULL,
    fees                      JSONB       NOT NULL,
    place                     TEXT        NOT NULL,
    hours                     TEXT        NOT NULL,
    consultation_phone        TEXT        NOT NULL,
    supervision_phone         TEXT        NOT NULL,
    max_visits                INT         NOT NULL CHECK (max_visits BETWEEN 0 AND 2),
    online                    BOOLEAN     NOT NULL,
    refusal_authority         TEXT        NOT NULL,
    max_extension_working_days INT        NOT NULL CHECK (max_extension_working_days >= 0),
    discipline                TEXT        NOT NULL,
    faq                       JSONB       NOT NULL,
    effective_from            DATE,
    drafted_by                TEXT        NOT NULL,
    drafted_at                TIMESTAMPTZ NOT NULL,
    submitted_by              TEXT,
    submitted_at              TIMESTAMPTZ,
    published_by              TEXT,
    published_at              TIMESTAMPTZ,
    withdrawn_by              TEXT,
    withdrawn_at              TIMESTAMPTZ,
    withdrawal_reason         TEXT,
    PRIMARY KEY (item_id, version)
);

CREATE INDEX item_version_unit ON catalog.item_version (unit_id, status);
CREATE INDEX item_version_status ON catalog.item_version (status, effective_from);

-- A published version never changes (服务承诺 and one-time notice: a case keeps the version it was accepted under):
-- once out of draft and review, only its status may move on (superseded, withdrawn, with who and when), and it is
-- never deleted. The application refuses such edits first; this guards against everything else.
CREATE FUNCTION catalog.keep_published_versions() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status NOT IN ('DRAFT', 'IN_REVIEW') THEN
            RAISE EXCEPTION 'catalog.item_version % v% is published and is never deleted', OLD.item_id, OLD.version;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status NOT IN ('DRAFT', 'IN_REVIEW')
        AND (to_jsonb(NEW) - 'status' - 'withdrawn_by' - 'withdrawn_at' - 'withdrawal_reason')
            <> (to_jsonb(OLD) - 'status' - 'withdrawn_by' - 'withdrawn_at' - 'withdrawal_reason') THEN
        RAISE EXCEPTION 'catalog.item_version % v% is published and never changes', OLD.item_id, OLD.version;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER item_version_published_is_immutable
    BEFORE UPDATE OR DELETE
    ON catalog.item_version
    FOR EACH ROW
EXECUTE FUNCTION catalog.keep_published_versions();

-- The blank form (空白表格) or filled sample (示范文本) of a material of one version; copied to the next version.
CREATE TABLE catalog.attachment
(
    id              BIGSERIAL PRIMARY KEY,
    item_id         BIGINT      NOT NULL,
    version         INT         NOT NULL,
    material_number INT         NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('BLANK_FORM', 'SAMPLE')),
    file_name       TEXT        NOT NULL,
    content_type    TEXT        NOT NULL,
    size_bytes      INT         NOT NULL,
    sm3             TEXT        NOT NULL,
    content         BYTEA       NOT NULL,
    uploaded_by     TEXT        NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (item_id, version) REFERENCES catalog.item_version (item_id, version),
    UNIQUE (item_id, version, material_number, kind)
);

-- A unit's service commitment (服务承诺书), versioned like items: drafted, then published signed by the principal leader.
CREATE TABLE catalog.commitment
(
    unit_id            BIGINT      NOT NULL,
    version            INT         NOT NULL CHECK (version >= 1),
    status             TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    preamble           TEXT        NOT NULL,
    promises           JSONB       NOT NULL,
    signer_staff_id    BIGINT,
    signed_on          DATE,
    drafted_by         TEXT        NOT NULL,
    drafted_at         TIMESTAMPTZ NOT NULL,
    published_by       TEXT,
    published_at       TIMESTAMPTZ,
    PRIMARY KEY (unit_id, version)
);
