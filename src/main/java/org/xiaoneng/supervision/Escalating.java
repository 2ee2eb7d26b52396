package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * A card goes one level up: when its feedback deadline passed without a report (the sweep, which publishes
 * {@link FeedbackOverdue} first) or when a supervisor escalates it on appeal. The new level gets a fresh feedback
 * deadline of the rule's working days.
 */
@Component
class Escalating {

	static final String SWEEP = "supervision.feedback";

	private final Cards cards;

	private final EscalationTarget target;

	private final CardNotices notices;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Sweeps sweeps;

	Escalating(Cards cards, EscalationTarget target, CardNotices notices, WorkingDayCalendar calendar,
			ApplicationEventPublisher events, AuditLog auditLog, Sweeps sweeps) {
		this.cards = cards;
		this.target = target;
		this.notices = notices;
		this.calendar = calendar;
		this.events = events;
		this.auditLog = auditLog;
		this.sweeps = sweeps;
	}

	/**
	 * Escalates every issued card whose feedback deadline passed before today, each in its own transaction under its
	 * row lock; a second run (or node) finds the deadline moved and does nothing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount escalateMissedFeedback() {
		return escalateMissedFeedback(calendar.today());
	}

	/** The run of a given day (the demo's month is swept day by day). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount escalateMissedFeedback(LocalDate today) {
		return sweeps.each(SWEEP, cards.feedbackMissedBefore(today), id -> id, id -> {
			Card card = cards.lock(id).orElseThrow();
			if (card.state() != CardState.ISSUED || card.feedbackDue() == null || !today.isAfter(card.feedbackDue())) {
				return false;
			}
			card.feedbackMissed(today, target.holder(card), target.feedbackDue(card, today));
			finish(card, "card.feedbackMissed");
			return true;
		});
	}

	/** Escalates a live card one level on a supervisor's decision, within the caller's transaction. */
	void escalate(Card card) {
		card.escalate(target.holder(card), target.feedbackDue(card, calendar.today()));
		finish(card, "card.escalated");
	}

	private void finish(Card card, String action) {
		cards.save(card);
		auditLog.record(new AuditEntry(Issuing.MODULE, action, String.valueOf(card.idOrNull()), null,
				card.colour() + " " + card.holderLevel()));
		card.drainEvents().forEach(events::publishEvent);
		notices.escalated(card);
	}
}
