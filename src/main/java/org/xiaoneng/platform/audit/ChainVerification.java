package org.xiaoneng.platform.audit;

import java.time.OffsetDateTime;

/**
 * The result of walking the audit chain from its start (genesis or the latest archive anchor) to its end.
 *
 * @param intact whether every chained entry follows its predecessor with the right hash and no position is missing
 * @param chainedEntries how many chained entries were checked
 * @param firstBrokenEntry the first entry that does not follow, or {@code null} when intact
 * @param unchainedOlderThanOneMinute entries that have waited more than a minute for the chainer, which runs every
 * second or so: a stalled chainer or rows written around it
 * @param verifiedAt when the verification ran
 */
public record ChainVerification(boolean intact, long chainedEntries, BrokenEntry firstBrokenEntry,
		long unchainedOlderThanOneMinute, OffsetDateTime verifiedAt) {

	/**
	 * The first entry where the chain breaks.
	 *
	 * @param seq the entry's sequence number
	 * @param chainPosition its chain position
	 * @param reason why it does not follow its predecessor
	 */
	public record BrokenEntry(long seq, long chainPosition, BreakReason reason) {
	}

	/** Why an entry does not follow its predecessor. */
	public enum BreakReason {

		/** The hash over the previous hash and the entry's fields differs from the stored one: a field was altered. */
		HASH_MISMATCH,

		/** The chain position before this entry is missing: an entry was removed. */
		MISSING_PREDECESSOR
	}
}
