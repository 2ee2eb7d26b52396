package org.xiaoneng.supervision;

import java.util.List;
import java.util.function.Function;

import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.Keyset.Column;
import org.xiaoneng.common.Keyset.Type;

/** The orders a card list can be sorted in, each paged by keyset; the id breaks ties between cards of one sweep. */
public enum CardOrder {

	/** Newest first, as raised. */
	RAISED(Keyset.Order.descending("raised", "c.id", new Column("c.raised_at", Type.INSTANT)),
			card -> List.of(card.raisedAt())),

	/**
	 * Soonest feedback due (反馈期限) first; cards with no such day (not yet issued, or not asking for feedback) last.
	 */
	FEEDBACK_DUE(new Keyset.Order("feedback-due", Keyset.emptyLast("c.feedback_due", Type.DATE, false), "c.id", false),
			card -> Keyset.emptyLastKey(card.feedbackDue(), Type.DATE, false)),

	/** The gravest first (红牌, 黄牌, 预警: the colours' own order), each newest first. */
	COLOUR(Keyset.Order.descending("colour", "c.id", new Column(gravity(), Type.NUMBER),
			new Column("c.raised_at", Type.INSTANT)), card -> List.of((long) card.colour().ordinal(), card.raisedAt()));

	private final Keyset.Order keyset;

	private final Function<Card, List<Object>> key;

	CardOrder(Keyset.Order keyset, Function<Card, List<Object>> key) {
		this.keyset = keyset;
		this.key = key;
	}

	Keyset.Order keyset() {
		return keyset;
	}

	List<Object> key(Card card) {
		return key.apply(card);
	}

	/** The colour's place in {@link CardColour}, in SQL. */
	private static String gravity() {
		StringBuilder sql = new StringBuilder("(case c.colour");
		for (CardColour colour : CardColour.values()) {
			sql.append(" when '").append(colour.name()).append("' then ").append(colour.ordinal());
		}
		return sql.append(" end)").toString();
	}
}
