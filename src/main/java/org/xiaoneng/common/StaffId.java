package org.xiaoneng.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a staff member, typed so that a signature taking several ids cannot be called with them swapped. In JSON it is the
 * bare number, as the API has always written ids.
 */
public record StaffId(@JsonValue long value) {

	public StaffId {
		if (value <= 0) {
			throw new IllegalArgumentException("StaffId must be positive: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
