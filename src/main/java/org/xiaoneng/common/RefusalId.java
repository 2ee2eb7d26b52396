package org.xiaoneng.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a registered refusal (否定报备), typed so that a signature taking several ids cannot be called with them swapped. In JSON it is the
 * bare number, as the API has always written ids.
 */
public record RefusalId(@JsonValue long value) {

	public RefusalId {
		if (value <= 0) {
			throw new IllegalArgumentException("RefusalId must be positive: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
