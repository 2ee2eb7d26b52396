package org.xiaoneng.accountability;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An accountability case (效能问责案件), serialised as the bare number.
 *
 * @param value the database id
 */
public record AccountabilityCaseId(@JsonValue long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
