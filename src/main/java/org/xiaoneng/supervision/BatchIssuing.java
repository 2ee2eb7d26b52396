package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * What follows the deadline sweep's set-based issuing, in the same transaction (decision 0023): a card whose case had
 * no known handler passes to the head; the cards' events go out in batches ({@link CardsIssued}); each person is told
 * once of their new cards ({@link CardNotices#issuedTogether}); one audit entry records the run's cards.
 */
@Component
class BatchIssuing {

	private final Cards cards;

	private final Holders holders;

	private final CardNotices notices;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	BatchIssuing(Cards cards, Holders holders, CardNotices notices, ApplicationEventPublisher events,
			AuditLog auditLog) {
		this.cards = cards;
		this.holders = holders;
		this.notices = notices;
		this.events = events;
		this.auditLog = auditLog;
	}

	/** Completes the issuing of the cards the sweep's statement wrote on the day; {@code how} names the statement. */
	void issued(List<Card> issued, LocalDate day, String how) {
		if (issued.isEmpty()) {
			return;
		}
		nameMissingHolders(issued);
		for (int from = 0; from < issued.size(); from += CardsIssued.MOST) {
			events.publishEvent(new CardsIssued(day, issued.subList(from, Math.min(issued.size(), from + CardsIssued.MOST))
				.stream()
				.map(Card::issued)
				.toList()));
		}
		notices.issuedTogether(issued, day);
		long first = issued.stream().mapToLong(Card::idOrNull).min().orElseThrow();
		long last = issued.stream().mapToLong(Card::idOrNull).max().orElseThrow();
		auditLog.record(new AuditEntry(Issuing.MODULE, "cards.issued", DeadlineWatch.SWEEP, how,
				day + " " + issued.size() + " cards " + first + "-" + last));
	}

	/** A case nobody was named for: its card passes to the head of its department, as {@link Holders} says. */
	private void nameMissingHolders(List<Card> issued) {
		Map<Long, Long> named = new HashMap<>();
		Map<CardSubject, Long> heads = new HashMap<>();
		for (Card card : issued) {
			if (card.holderStaffId() == null) {
				CardSubject place = new CardSubject(ObjectType.CASE, 0, 0, "", card.subject().unitId(),
						card.subject().departmentId());
				if (!heads.containsKey(place)) {
					heads.put(place, holders.at(Responsible.HANDLER, place, null));
				}
				Long head = heads.get(place);
				if (head != null) {
					card.holdBy(head);
					named.put(card.idOrNull(), head);
				}
			}
		}
		cards.holdAll(named);
	}
}
