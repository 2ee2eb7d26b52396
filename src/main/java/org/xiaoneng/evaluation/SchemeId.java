package org.xiaoneng.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of one version of an indicator scheme (考评方案). */
public record SchemeId(@JsonValue long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
