package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** 整改反馈: the holder answers their card with a rectification report, by its deadline. */
@Component
class Rectifying {

	private final Cards cards;

	private final Callers callers;

	private final WorkingDayCalendar calendar;

	private final AuditLog auditLog;

	private final Clock clock;

	Rectifying(Cards cards, Callers callers, WorkingDayCalendar calendar, AuditLog auditLog, Clock clock) {
		this.cards = cards;
		this.callers = callers;
		this.calendar = calendar;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The signed-in holder's answer, now. */
	@Transactional
	Card answer(long cardId, String report) {
		return answer(callers.current(), cardId, report, calendar.today(), clock.instant());
	}

	/**
	 * The holder's answer on a given day: the caller must be the card's holder (anyone else finds no card, or is
	 * refused as not the holder), and the day within the feedback period. The demo's month answers its cards on their
	 * days through here, as each holder (decision 0033).
	 */
	@Transactional
	Card answer(Caller caller, long cardId, String report, LocalDate today, Instant at) {
		Card card = cards.lock(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
		CardAccess.requireReadable(caller, card);
		return answered(card, caller.staffId(), report, today, at);
	}

	private Card answered(Card card, Long byStaffId, String report, LocalDate today, Instant at) {
		card.answer(byStaffId, report, today, at);
		cards.save(card);
		auditLog.record(new AuditEntry(Issuing.MODULE, "card.answered", String.valueOf(card.idOrNull()), "ISSUED",
				"ANSWERED"));
		return card;
	}
}
