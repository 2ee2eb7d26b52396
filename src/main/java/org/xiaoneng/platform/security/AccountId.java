package org.xiaoneng.platform.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an account.
 *
 * @param value the database id (also its JSON form)
 */
public record AccountId(@JsonValue long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
