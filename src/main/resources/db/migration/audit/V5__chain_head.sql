-- The chain head (链头): the position and hash of the last chained entry, kept apart from the entries, moved forward
-- by the chainer in the transaction that chains them. The chainer continues from it, so no chain position is ever
-- given out twice, and verification compares the end of the live chain with it, so that removing the newest
-- entries (tail truncation) shows as a break instead of a shorter but intact chain. One row, never removed, and its
-- position never goes back.
CREATE TABLE audit.chain_head
(
    singleton      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    chain_position BIGINT      NOT NULL,
    hash           BYTEA       NOT NULL,
    moved_at       TIMESTAMPTZ NOT NULL
);

-- The head of a chain chained before this table existed: its last live entry, else the latest anchor, else genesis.
INSERT INTO audit.chain_head (chain_position, hash, moved_at)
SELECT link.chain_position, link.hash, now()
FROM (SELECT chain_position, hash FROM audit.entry WHERE chain_position IS NOT NULL
      UNION ALL
      SELECT chain_position, hash FROM audit.chain_anchor
      UNION ALL
      SELECT 0, decode(repeat('00', 32), 'hex')) link
ORDER BY link.chain_position DESC
LIMIT 1;

CREATE FUNCTION audit.guard_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.chain_position > OLD.chain_position THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit.chain_head only moves forward';
END
$$;

CREATE TRIGGER chain_head_forward_only
    BEFORE INSERT OR UPDATE OR DELETE
    ON audit.chain_head
    FOR EACH ROW
EXECUTE FUNCTION audit.guard_head();

CREATE TRIGGER chain_head_no_truncate
    BEFORE TRUNCATE
    ON audit.chain_head
    FOR EACH STATEMENT
EXECUTE FUNCTION audit.refuse_truncate();

-- An anchor now goes in after the archived copies of its stretch (the archive step copies, anchors, then removes),
-- so an anchor must stand on an archived entry with its hash, not merely on a live one: an anchor inserted by hand
-- over live entries would otherwise let verification start after them and hide an edit among them.
CREATE OR REPLACE FUNCTION audit.guard_archive() RETURNS trigger
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
                           FROM audit.archived_entry a
                           WHERE a.chain_position = NEW.chain_position
                             AND a.hash = NEW.hash)
            OR (SELECT count(*)
                FROM audit.archived_entry a
                WHERE a.chain_position > coalesce((SELECT max(p.chain_position) FROM audit.chain_anchor p), 0)
                  AND a.chain_position <= NEW.chain_position)
                <> NEW.chain_position - coalesce((SELECT max(p.chain_position) FROM audit.chain_anchor p), 0) THEN
            RAISE EXCEPTION 'audit.chain_anchor must extend the chain at the last of its archived entries (position %)',
                NEW.chain_position;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
