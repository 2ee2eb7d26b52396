package org.xiaoneng.platform.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a personal API token.
 *
 * @param value the database id (also its JSON form)
 */
public record ApiTokenId(@JsonValue long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
