-- The published catalogue's revision (decision 0040): every publication and withdrawal moves it in its own
-- transaction, and every node compares it with the revision of the catalogue it holds in memory before serving the
-- public from that copy. The numbers come from a sequence, so that a rolled-back change never leaves its number to
-- another one: a number a node once read always means the same catalogue.
CREATE SEQUENCE catalog.revision_number;

CREATE TABLE catalog.revision
(
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    number   BIGINT NOT NULL
);

INSERT INTO catalog.revision (number)
VALUES (nextval('catalog.revision_number'));
