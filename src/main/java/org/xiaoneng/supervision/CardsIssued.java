package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadline sweep issued these cards together (decision 0023): each is what a {@link CardIssued} would have said,
 * carried in batches of at most {@link #MOST} so that a day of tens of thousands of cards is a few events, not one per
 * card. Listeners treat each element as they treat a {@code CardIssued}: accountability opens a case for each red one,
 * evaluation counts them. Cards issued one at a time (the other rules, a reviewed card) still publish
 * {@code CardIssued}.
 *
 * @param day the business day the sweep ran for
 * @param cards the cards issued, in the order of their ids
 */
public record CardsIssued(LocalDate day, List<CardIssued> cards) {

	/** The most cards one event carries. */
	public static final int MOST = 1000;

	public CardsIssued {
		cards = List.copyOf(cards);
		if (cards.isEmpty() || cards.size() > MOST) {
			throw new IllegalArgumentException("a batch carries 1 to " + MOST + " cards");
		}
	}
}
