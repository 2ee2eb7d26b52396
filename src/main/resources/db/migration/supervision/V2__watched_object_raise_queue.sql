-- The classification (one set-based statement) writes the rule whose card is due onto the row; raising the card,
-- row by row, clears it. A crash between the two leaves the row marked, so the next run still raises the card.
ALTER TABLE supervision.watched_object ADD COLUMN raise_rule TEXT;

CREATE INDEX watched_object_raise_rule ON supervision.watched_object (object_type, object_id) WHERE raise_rule IS NOT NULL;
