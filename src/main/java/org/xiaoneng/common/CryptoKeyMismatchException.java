package org.xiaoneng.common;

/**
 * This node's SM4 key is not the one the database's personal data is encrypted with, or this node has no key for a
 * database that already holds data: starting would answer every read of an encrypted identity with an error and
 * write data that the other nodes cannot read.
 */
public class CryptoKeyMismatchException extends IllegalStateException {

	private final String action;

	CryptoKeyMismatchException(String description, String action) {
		super(description + " " + action);
		this.action = action;
	}

	/** What the operator does about it, for the start-up failure report. */
	String action() {
		return action;
	}

	/** What went wrong, without the action. */
	String description() {
		return getMessage().substring(0, getMessage().length() - action.length() - 1);
	}
}
