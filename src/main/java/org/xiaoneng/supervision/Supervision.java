package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;

/**
 * 电子监察 for pages and the API, reading: the card lists, a card with its appeals and presses, and the open appeals.
 * Every read checks the caller: holders read their own cards, heads, leaders and supervisors those of their scope;
 * anyone else's card is not found. The actions on cards are {@link CardActions}', the rule catalogue is
 * {@link SupervisionRules}'.
 */
@Service
@Transactional(readOnly = true)
public class Supervision {

	private final Callers callers;

	private final Cards cards;

	private final CardQueries queries;

	private final Appeals appeals;

	private final Presses presses;

	private final Appealing appealing;

	private final WorkingDayCalendar calendar;

	Supervision(Callers callers, Cards cards, CardQueries queries, Appeals appeals, Presses presses,
			Appealing appealing, WorkingDayCalendar calendar) {
		this.callers = callers;
		this.cards = cards;
		this.queries = queries;
		this.appeals = appeals;
		this.presses = presses;
		this.appealing = appealing;
		this.calendar = calendar;
	}

	/**
	 * A page of the cards the caller may see, in the order asked for (newest first when {@code null}); {@code cursor}
	 * from the page before or after, or null.
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one of this order
	 */
	public KeysetPage<CardView> cards(CardFilter filter, CardOrder order, String cursor, int size) {
		return queries.page(callers.current(), filter, order == null ? CardOrder.RAISED : order, cursor, size);
	}

	/**
	 * Every card of the filter the caller may see, as {@link #cards} reads them page by page, in the order asked for:
	 * the card register's export.
	 * @throws org.xiaoneng.common.ExportTooLargeException when there are more than an export holds
	 */
	public List<CardView> cardRegister(CardFilter filter, CardOrder order) {
		return queries.all(callers.current(), filter, order == null ? CardOrder.RAISED : order);
	}

	/** A card the caller may see. */
	public CardView card(long id) {
		return queries.view(readable(id));
	}

	/** The appeals of a card the caller may see, oldest first. */
	public List<AppealView> appealsOf(long cardId) {
		readable(cardId);
		return appeals.ofCard(cardId).stream().map(queries::view).toList();
	}

	/** The presses of a card the caller may see, oldest first. */
	public List<PressView> pressesOf(long cardId) {
		readable(cardId);
		return presses.ofCard(cardId);
	}

	/** The last day its holder may appeal the card, or {@code null} before it is issued. */
	public LocalDate lastDayOfAppeal(long cardId) {
		Card card = readable(cardId);
		return card.issuedAt() == null ? null : appealing.lastDayOfAppeal(card);
	}

	/** The open appeals in the supervisor's scope, oldest first (supervisors only). */
	public List<AppealView> openAppeals() {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		return appeals.open().stream().filter(appeal -> {
			Card card = cards.find(appeal.cardId()).orElseThrow();
			return CardAccess.mayRead(caller, card.subject(), card.holderStaffId());
		}).map(queries::view).toList();
	}

	/** Today, for forms that default a deadline. */
	public LocalDate today() {
		return calendar.today();
	}

	private Card readable(long id) {
		Card card = cards.find(id).orElseThrow(() -> new CardNotFoundException(id));
		CardAccess.requireReadable(callers.current(), card);
		return card;
	}
}
