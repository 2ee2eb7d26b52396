package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A supervisor's review: a pending card (待发) is issued or cancelled, and an answered card (已反馈) closed once its
 * feedback is accepted (已办结).
 */
@Component
class CardReview {

	private final Cards cards;

	private final Issuing issuing;

	private final Callers callers;

	private final AuditLog auditLog;

	private final Clock clock;

	CardReview(Cards cards, Issuing issuing, Callers callers, AuditLog auditLog, Clock clock) {
		this.cards = cards;
		this.issuing = issuing;
		this.callers = callers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	Card issue(long cardId) {
		Card card = supervised(cardId);
		issuing.issue(card);
		return card;
	}

	@Transactional
	Card cancel(long cardId) {
		Card card = supervised(cardId);
		card.cancel(clock.instant());
		cards.save(card);
		auditLog.record(new AuditEntry(Issuing.MODULE, "card.cancelled", String.valueOf(cardId), "PENDING", "CANCELLED"));
		return card;
	}

	@Transactional
	Card close(long cardId) {
		return close(cardId, clock.instant());
	}

	/** The closing at an instant (the demo's month is reviewed on its days). */
	@Transactional
	Card close(long cardId, Instant at) {
		Card card = supervised(cardId);
		card.close(at);
		cards.save(card);
		auditLog.record(new AuditEntry(Issuing.MODULE, "card.closed", String.valueOf(cardId), "ANSWERED", "CLOSED"));
		return card;
	}

	private Card supervised(long cardId) {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		Card card = cards.lock(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
		CardAccess.requireReadable(caller, card);
		return card;
	}
}
