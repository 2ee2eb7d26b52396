package org.xiaoneng.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a department (科室) of a unit, typed so that a signature taking several ids cannot be called with them
 * swapped. In JSON it is the bare number, as the API has always written ids.
 */
public record DepartmentId(@JsonValue long value) {

	/** The bare number, as logs, audit entries and URLs have always written the id. */
	@Override
	public String toString() {
		return Long.toString(value);
	}
}
