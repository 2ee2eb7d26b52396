package org.xiaoneng.platform.security;

/**
 * Identifies an account.
 *
 * @param value the database id
 */
public record AccountId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
