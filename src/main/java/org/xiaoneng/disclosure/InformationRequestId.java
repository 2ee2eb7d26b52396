package org.xiaoneng.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a request for information (政府信息公开申请); in JSON the bare number. */
public record InformationRequestId(@JsonValue long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
