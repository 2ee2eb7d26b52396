package org.xiaoneng.supervision;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a card (预警/黄牌/红牌), typed like the shared kernel's ids; in JSON the bare number. */
public record CardId(@JsonValue long value) {

	public CardId {
		if (value <= 0) {
			throw new IllegalArgumentException("CardId must be positive: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
