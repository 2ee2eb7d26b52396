-- A published version moves on only to superseded or withdrawn, never back to draft or review, and the attachments
-- of a version change only while it is a draft: what the public downloaded from a published guide stays as it was.
CREATE OR REPLACE FUNCTION catalog.keep_published_versions() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status NOT IN ('DRAFT', 'IN_REVIEW') THEN
            RAISE EXCEPTION 'catalog.item_version % v% is published and is never deleted', OLD.item_id, OLD.version;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status NOT IN ('DRAFT', 'IN_REVIEW') AND NEW.status IN ('DRAFT', 'IN_REVIEW') THEN
        RAISE EXCEPTION 'catalog.item_version % v% is published and never returns to %', OLD.item_id, OLD.version, NEW.status;
    END IF;
    IF OLD.status NOT IN ('DRAFT', 'IN_REVIEW')
        AND (to_jsonb(NEW) - 'status' - 'withdrawn_by' - 'withdrawn_at' - 'withdrawal_reason')
            <> (to_jsonb(OLD) - 'status' - 'withdrawn_by' - 'withdrawn_at' - 'withdrawal_reason') THEN
        RAISE EXCEPTION 'catalog.item_version % v% is published and never changes', OLD.item_id, OLD.version;
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION catalog.keep_published_attachments() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    row_item    BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END;
    row_version INT    := CASE WHEN TG_OP = 'DELETE' THEN OLD.version ELSE NEW.version END;
BEGIN
    IF (SELECT status FROM catalog.item_version WHERE item_id = row_item AND version = row_version) <> 'DRAFT' THEN
        RAISE EXCEPTION 'the attachments of catalog.item_version % v% change only while it is a draft', row_item, row_version;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER attachment_of_draft_only
    BEFORE INSERT OR UPDATE OR DELETE
    ON catalog.attachment
    FOR EACH ROW
EXECUTE FUNCTION catalog.keep_published_attachments();
