package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Where an escalated card goes: the next level's holder, and a fresh feedback period under the unit's terms of the
 * card's rule, counted in the unit's working days.
 */
@Component
class EscalationTarget {

	private final Holders holders;

	private final RuleBook rules;

	private final Issuing issuing;

	EscalationTarget(Holders holders, RuleBook rules, Issuing issuing) {
		this.holders = holders;
		this.rules = rules;
		this.issuing = issuing;
	}

	/** Whoever holds the next level; the same holder when the card is already at the top. */
	Long holder(Card card) {
		Responsible next = card.nextLevel();
		return next == card.holderLevel() ? card.holderStaffId() : holders.at(next, card.subject(), null);
	}

	LocalDate feedbackDue(Card card, LocalDate today) {
		return issuing.workingDaysAfter(card.subject().unitId(), today,
				rules.terms(card.subject().unitId(), card.rule()).feedbackDays());
	}
}
