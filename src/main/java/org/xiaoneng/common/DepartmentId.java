package org.xiaoneng.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a department (科室) of a unit, typed so that a signature taking several ids cannot be called with them swapped. In JSON it is the
 * bare number, as the API has always written ids.
 */
public record DepartmentId(@JsonValue long value) {

	public DepartmentId {
		if (value <= 0) {
			throw new IllegalArgumentException("DepartmentId must be positive: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
