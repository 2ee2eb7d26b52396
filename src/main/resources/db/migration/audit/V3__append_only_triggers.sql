-- Append-only in the database too: the application's own connection cannot change or remove an audit entry.
-- Only the chainer may set the chain fields, once, and an entry may leave the live table only when the archive
-- step has copied it unchanged and anchored the chain behind it, and only after 184 days
-- (网络安全法 第二十一条: network logs are kept no less than six months). Whoever disables these triggers to tamper
-- (the table owner or a superuser can) breaks the SM3 chain, which verification reports.

CREATE FUNCTION audit.guard_entry() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.chain_position IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.chained_at IS NOT NULL THEN
            RAISE EXCEPTION 'audit.entry is append-only: a new entry is chained by the chainer, not on insert';
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.chain_position IS NULL AND OLD.hash IS NULL AND OLD.chained_at IS NULL
            AND NEW.chain_position IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.chained_at IS NOT NULL
            AND (NEW.seq, NEW.occurred_at, NEW.actor, NEW.module, NEW.action, NEW.object_id,
                 NEW.before_summary, NEW.after_summary)
                IS NOT DISTINCT FROM
                (OLD.seq, OLD.occurred_at, OLD.actor, OLD.module, OLD.action, OLD.object_id,
                 OLD.before_summary, OLD.after_summary) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit.entry is append-only: only the chain fields may be set, and only once (seq %)', OLD.seq;
    ELSE
        IF OLD.occurred_at < now() - INTERVAL '184 days'
            AND EXISTS (SELECT 1 FROM audit.chain_anchor a WHERE a.chain_position >= OLD.chain_position)
            AND EXISTS (SELECT 1
                        FROM audit.archived_entry a
                        WHERE a.seq = OLD.seq
                          AND (a.occurred_at, a.actor, a.module, a.action, a.object_id, a.before_summary,
                               a.after_summary, a.chain_position, a.hash, a.chained_at)
                            IS NOT DISTINCT FROM
                              (OLD.occurred_at, OLD.actor, OLD.module, OLD.action, OLD.object_id,
                               OLD.before_summary, OLD.after_summary, OLD.chain_position, OLD.hash,
                               OLD.chained_at)) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit.entry is append-only: an entry leaves only through the archive step, after 184 days (seq %)', OLD.seq;
    END IF;
END
$$;

CREATE FUNCTION audit.refuse_truncate() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: it cannot be truncated', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
END
$$;

CREATE TRIGGER entry_append_only
    BEFORE INSERT OR UPDATE OR DELETE
    ON audit.entry
    FOR EACH ROW
EXECUTE FUNCTION audit.guard_entry();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE
    ON audit.entry
    FOR EACH STATEMENT
EXECUTE FUNCTION audit.refuse_truncate();

-- The archive and the anchors are written once and never changed. An archived entry must be the live entry,
-- unchanged and chained; an anchor must extend the previous one and carry the live hash at its position.

CREATE FUNCTION audit.guard_archive() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION '% is append-only', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
    END IF;
    IF TG_TABLE_NAME = 'archived_entry' THEN
        IF NOT EXISTS (SELECT 1
                       FROM audit.entry e
                       WHERE e.seq = NEW.seq
                         AND e.chain_position IS NOT NULL
                         AND (e.occurred_at, e.actor, e.module, e.action, e.object_id, e.before_summary,
                              e.after_summary, e.chain_position, e.hash, e.chained_at)
                           IS NOT DISTINCT FROM
                             (NEW.occurred_at, NEW.actor, NEW.module, NEW.action, NEW.object_id,
                              NEW.before_summary, NEW.after_summary, NEW.chain_position, NEW.hash,
                              NEW.chained_at)) THEN
            RAISE EXCEPTION 'audit.archived_entry takes only unchanged, chained live entries (seq %)', NEW.seq;
        END IF;
    ELSE
        IF EXISTS (SELECT 1 FROM audit.chain_anchor a WHERE a.chain_position >= NEW.chain_position)
            OR NOT EXISTS (SELECT 1
                           FROM audit.entry e
                           WHERE e.chain_position = NEW.chain_position
                             AND e.hash = NEW.hash) THEN
            RAISE EXCEPTION 'audit.chain_anchor must extend the chain at a live entry (position %)', NEW.chain_position;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER archived_entry_append_only
    BEFORE INSERT OR UPDATE OR DELETE
    ON audit.archived_entry
    FOR EACH ROW
EXECUTE FUNCTION audit.guard_archive();

CREATE TRIGGER archived_entry_no_truncate
    BEFORE TRUNCATE
    ON audit.archived_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION audit.refuse_truncate();

CREATE TRIGGER chain_anchor_append_only
    BEFORE INSERT OR UPDATE OR DELETE
    ON audit.chain_anchor
    FOR EACH ROW
EXECUTE FUNCTION audit.guard_archive();

CREATE TRIGGER chain_anchor_no_truncate
    BEFORE TRUNCATE
    ON audit.chain_anchor
    FOR EACH STATEMENT
EXECUTE FUNCTION audit.refuse_truncate();
