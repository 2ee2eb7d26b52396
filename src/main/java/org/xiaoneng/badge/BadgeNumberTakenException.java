package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** The badge number is already printed on another badge of the region: a number names one badge. */
class BadgeNumberTakenException extends RuleViolationException {

	BadgeNumberTakenException(String number) {
		super(Kind.INVALID_INPUT, "badge.error.numberTaken", number);
	}
}
