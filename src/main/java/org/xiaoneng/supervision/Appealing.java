package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 申诉: the holder appeals a card within the appeal period after its issue; a supervisor revokes it (撤销), upholds it
 * (维持) or escalates it (上报), always with a written reason, audited and published.
 */
@Component
class Appealing {

	private final Cards cards;

	private final Appeals appeals;

	private final Escalating escalating;

	private final Callers callers;

	private final AppealPeriod period;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	Appealing(Cards cards, Appeals appeals, Escalating escalating, Callers callers, AppealPeriod period,
			ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
		this.cards = cards;
		this.appeals = appeals;
		this.escalating = escalating;
		this.callers = callers;
		this.period = period;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	long appeal(long cardId, String reasons) {
		Caller caller = callers.current();
		Card card = cards.lock(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
		CardAccess.requireReadable(caller, card);
		return filed(card, caller.staffId(), reasons);
	}

	private long filed(Card card, Long byStaffId, String reasons) {
		long cardId = card.idOrNull();
		period.requireOpen(card, byStaffId);
		if (appeals.openFor(cardId)) {
			throw new AppealAlreadyOpenException(cardId);
		}
		long id = appeals.add(Appeal.file(cardId, byStaffId, reasons, clock.instant()));
		auditLog.record(new AuditEntry(Issuing.MODULE, "appeal.filed", String.valueOf(id), null, "card " + cardId));
		return id;
	}

	@Transactional
	Card decide(long appealId, AppealDecision decision, String reason) {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		Appeal appeal = appeals.lock(appealId).orElseThrow(() -> new AppealNotFoundException(appealId));
		Card card = cards.lock(appeal.cardId()).orElseThrow(() -> new AppealNotFoundException(appealId));
		if (!CardAccess.mayRead(caller, card.subject(), card.holderStaffId())) {
			throw new AppealNotFoundException(appealId);
		}
		appeal.decide(decision, reason, caller.name(), clock.instant());
		appeals.save(appeal);
		switch (decision) {
			case REVOKE -> {
				card.revoke(caller.name(), clock.instant());
				cards.save(card);
			}
			case UPHOLD -> card.uphold(caller.name());
			case ESCALATE -> escalating.escalate(card);
		}
		card.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(Issuing.MODULE, "appeal.decided", String.valueOf(appealId), "OPEN",
				appeal.state() + " card " + card.idOrNull()));
		return card;
	}

	/** The last day a card issued on its day may be appealed. */
	LocalDate lastDayOfAppeal(Card card) {
		return period.lastDay(card);
	}
}
