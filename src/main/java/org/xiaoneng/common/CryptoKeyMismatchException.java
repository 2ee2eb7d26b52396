package org.xiaoneng.common;

/**
 * This node's SM4 key is not the one the database's personal data is encrypted with, or this node has no key for a
 * database that already holds data: starting would answer every read of an encrypted identity with an error and
 * write data that the other nodes cannot read.
 */
public class CryptoKeyMismatchException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String description;

	private final String action;

	CryptoKeyMismatchException(String description, String action) {
		super(description + " " + action);
		this.description = description;
		this.action = action;
	}

	/** What went wrong, for the start-up failure report. */
	String description() {
		return description;
	}

	/** What the operator does about it. */
	String action() {
		return action;
	}
}
