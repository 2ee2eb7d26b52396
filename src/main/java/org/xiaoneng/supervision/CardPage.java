package org.xiaoneng.supervision;

import java.util.List;

/**
 * One page of a card list, newest first.
 *
 * @param cards the cards of the page
 * @param page the page, from 0
 * @param size the page's size
 * @param total how many cards match in all
 */
public record CardPage(List<CardView> cards, int page, int size, long total) {

	public CardPage {
		cards = List.copyOf(cards);
	}

	/** Whether a further page exists. */
	public boolean hasNext() {
		return ((long) page + 1) * size < total;
	}
}
