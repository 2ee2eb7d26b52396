package org.xiaoneng.platform.audit;

/**
 * The part of the chain to be archived does not verify. Archiving it would anchor the live chain behind the
 * tampering and hide it, so the archive step refuses until the break is investigated.
 */
public class ChainBrokenException extends RuntimeException {

	private final ChainVerification.BrokenEntry brokenEntry;

	ChainBrokenException(ChainVerification.BrokenEntry brokenEntry) {
		super("The audit chain is broken at seq " + brokenEntry.seq() + " (" + brokenEntry.reason() + ")");
		this.brokenEntry = brokenEntry;
	}

	public ChainVerification.BrokenEntry brokenEntry() {
		return brokenEntry;
	}
}
