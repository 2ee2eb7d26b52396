package org.xiaoneng.inquiry;

import java.util.List;
import java.util.function.Function;

import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.Keyset.Column;
import org.xiaoneng.common.Keyset.Type;

/** The orders the register can be sorted in, each paged by keyset; every key column is non-null. */
public enum RegisterOrder {

	/** Newest first: the register as it is kept. */
	RECEIVED(Keyset.Order.descending("received", "id", new Column("received_at", Type.INSTANT)),
			entry -> List.of(entry.receivedAt())),

	/** Soonest deadline (答复期限) first. */
	DEADLINE(Keyset.Order.ascending("deadline", "id", new Column("deadline", Type.DATE)),
			entry -> List.of(entry.deadline())),

	/** By query code. */
	QUERY_CODE(Keyset.Order.ascending("code", "id", new Column("query_code", Type.TEXT)),
			entry -> List.of(entry.queryCode()));

	private final Keyset.Order keyset;

	private final Function<RegisterEntry, List<Object>> key;

	RegisterOrder(Keyset.Order keyset, Function<RegisterEntry, List<Object>> key) {
		this.keyset = keyset;
		this.key = key;
	}

	Keyset.Order keyset() {
		return keyset;
	}

	Function<RegisterEntry, List<Object>> key() {
		return key;
	}
}
