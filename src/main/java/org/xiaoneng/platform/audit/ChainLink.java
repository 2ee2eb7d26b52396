package org.xiaoneng.platform.audit;

import java.security.MessageDigest;

/**
 * One link of the audit chain: an entry's chain position and its SM3 hash. The chain starts from the genesis link
 * (position 0, 32 zero bytes) or, once older entries are archived, from the latest anchor.
 */
record ChainLink(long position, byte[] hash) {

	static final ChainLink GENESIS = new ChainLink(0, new byte[32]);

	boolean hasHash(byte[] other) {
		return MessageDigest.isEqual(hash, other);
	}
}
