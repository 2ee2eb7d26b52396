package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Raises a card when a rule's signal arrives: once per rule and object, only where the unit has the rule switched on,
 * under the version of the unit's settings in force; issued at once unless the rule asks a supervisor's review.
 */
@Component
class Raising {

	private final Cards cards;

	private final RuleBook rules;

	private final Holders holders;

	private final Issuing issuing;

	private final AuditLog auditLog;

	private final Clock clock;

	Raising(Cards cards, RuleBook rules, Holders holders, Issuing issuing, AuditLog auditLog, Clock clock) {
		this.cards = cards;
		this.rules = rules;
		this.holders = holders;
		this.issuing = issuing;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Raises the rule's card about the subject.
	 *
	 * @param handlerStaffId the handler the signal names, or {@code null}
	 * @param facts what happened, in a line, without personal data
	 * @return whether a new card was raised
	 */
	@Transactional
	boolean raise(Rule rule, CardSubject subject, Long handlerStaffId, String facts) {
		return raise(rule, subject, handlerStaffId, facts, clock.instant());
	}

	/** {@link #raise(Rule, CardSubject, Long, String)} at the instant (the demo's month is raised on its days). */
	@Transactional
	boolean raise(Rule rule, CardSubject subject, Long handlerStaffId, String facts, Instant at) {
		RuleTerms terms = rules.terms(subject.unitId(), rule);
		if (!terms.enabled()) {
			return false;
		}
		Card card = Card.raise(rule, terms.version(), subject,
				holders.at(rule.responsible(), subject, handlerStaffId), facts, at);
		if (!cards.raiseOnce(card)) {
			return false;
		}
		auditLog.record(new AuditEntry(Issuing.MODULE, "card.raised", String.valueOf(card.idOrNull()), null,
				rule.code() + " v" + terms.version() + " " + subject.type() + " " + subject.id()));
		if (!rule.reviewFirst()) {
			issuing.issue(card, at);
		}
		return true;
	}

	/** Cancels the pending cards about an object whose cause vanished (a case completed before review). */
	@Transactional
	int cancelPendingAbout(ObjectType type, long objectId) {
		int cancelled = 0;
		for (long id : cards.pendingAbout(type, objectId)) {
			Card card = cards.lock(id).orElseThrow();
			if (card.state() == CardState.PENDING) {
				card.cancel(clock.instant());
				cards.save(card);
				auditLog.record(new AuditEntry(Issuing.MODULE, "card.cancelled", String.valueOf(id), "PENDING",
						"CANCELLED"));
				cancelled++;
			}
		}
		return cancelled;
	}
}
