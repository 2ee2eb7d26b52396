package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/** A card is appealed within the appeal period after its issue, not later. */
class AppealPeriodOverException extends RuleViolationException {

	AppealPeriodOverException(LocalDate lastDay) {
		super(Kind.RULE_BROKEN, "supervision.error.appealLate", lastDay);
	}
}
