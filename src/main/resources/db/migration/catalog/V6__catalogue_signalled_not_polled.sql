-- A change of the published catalogue is signalled to every node in its transaction (decision 0058) instead of moving
-- a revision that every public request read (decision 0040): the revision and its sequence are no longer read.
DROP TABLE catalog.revision;
DROP SEQUENCE catalog.revision_number;
