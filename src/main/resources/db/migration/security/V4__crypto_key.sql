-- The fingerprint of the SM4 key that personal data in this database is encrypted with, never the key itself:
-- every node compares its key with it at start, and one with another key refuses to start (GB/T 39786: key
-- management). One row at most.
CREATE TABLE security.crypto_key
(
    id          BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    fingerprint TEXT CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    recorded_at TIMESTAMPTZ
);

-- A database with accounts was in use before fingerprints were kept: its data is encrypted with a key nobody has
-- recorded yet. The row without a fingerprint tells a node without a key not to make up a new one; the first node
-- that starts with a key records it.
INSERT INTO security.crypto_key (fingerprint)
SELECT NULL
WHERE EXISTS (SELECT 1 FROM security.account);
