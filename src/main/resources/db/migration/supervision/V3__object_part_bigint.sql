-- A card's part may be another record's id (the absence that left a post uncovered), not only a step's number; a
-- press on a card that names no department names none either.
ALTER TABLE supervision.card ALTER COLUMN object_part TYPE BIGINT;
ALTER TABLE supervision.press ALTER COLUMN department_id DROP NOT NULL;
