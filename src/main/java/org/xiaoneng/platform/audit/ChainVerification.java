package org.xiaoneng.platform.audit;

import java.time.OffsetDateTime;

/**
 * The result of walking the audit chain from its start (genesis or the latest archive anchor) to its head, and of
 * comparing it with the heads recorded outside the database.
 *
 * @param intact whether every chained entry follows its predecessor with the right hash, no position is missing, the
 * chain reaches its head, its anchor stands on archived entries and it agrees with every external anchor
 * @param chainedEntries how many chained entries were checked
 * @param firstBrokenEntry the first place where the chain breaks, or {@code null} when intact
 * @param unchainedOlderThanOneMinute entries that have waited more than a minute for the chainer, which runs every
 * second or so: a stalled chainer or rows written around it
 * @param externalAnchors how many chain heads recorded outside the database were compared with it
 * @param verifiedAt when the verification ran
 */
public record ChainVerification(boolean intact, long chainedEntries, BrokenEntry firstBrokenEntry,
		long unchainedOlderThanOneMinute, long externalAnchors, OffsetDateTime verifiedAt) {

	/**
	 * The first place where the chain breaks.
	 *
	 * @param seq the sequence number of the entry found there, or {@code null} when no entry is left at that position
	 * @param chainPosition the chain position
	 * @param reason why the chain breaks there
	 */
	public record BrokenEntry(Long seq, long chainPosition, BreakReason reason) {
	}

	/** Why the chain breaks. */
	public enum BreakReason {

		/** The hash over the previous hash and the entry's fields differs from the stored one: a field was altered. */
		HASH_MISMATCH,

		/** The chain position before this entry is missing: an entry was removed. */
		MISSING_PREDECESSOR,

		/** The chain ends before the head the chainer (or an external anchor) recorded: the newest entries were removed. */
		TRUNCATED,

		/**
		 * The anchor the live chain starts from does not stand on archived entries, or live entries remain behind it:
		 * the anchor was written by hand, not by the archive step.
		 */
		FORGED_ANCHOR,

		/** The hash at a position differs from the one recorded outside the database: the chain was recomputed. */
		REWRITTEN
	}
}
