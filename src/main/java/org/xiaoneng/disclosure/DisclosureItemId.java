package org.xiaoneng.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a disclosure item (公开事项); in JSON the bare number. */
public record DisclosureItemId(@JsonValue long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
