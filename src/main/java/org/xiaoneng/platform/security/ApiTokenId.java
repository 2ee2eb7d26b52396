package org.xiaoneng.platform.security;

/**
 * Identifies a personal API token.
 *
 * @param value the database id
 */
public record ApiTokenId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
