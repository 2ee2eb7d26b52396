package org.xiaoneng.common;

import java.util.Optional;

/**
 * The database's record of the SM4 key its personal data is encrypted with: a fingerprint that tells keys apart
 * without helping anyone guess one. Every node compares its own key with it at start, so that a node holding
 * another key refuses to start instead of failing on every read of an encrypted identity.
 */
public interface KeyFingerprints {

	/** The fingerprint the database's data is encrypted under; empty before the first node has recorded one. */
	Optional<String> recorded();

	/**
	 * Whether the database already holds data of a key: a fingerprint is recorded, or the data predates
	 * fingerprints. A node must never make up a new key for such a database.
	 */
	boolean inUse();

	/**
	 * Records the fingerprint unless one is recorded already and returns the one that holds now: this one, or that
	 * of another node that started at the same moment and came first.
	 */
	String record(String fingerprint);
}
