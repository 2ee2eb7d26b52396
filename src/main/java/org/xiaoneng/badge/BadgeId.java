package org.xiaoneng.badge;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a duty badge; in JSON the bare number. */
public record BadgeId(@JsonValue long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
