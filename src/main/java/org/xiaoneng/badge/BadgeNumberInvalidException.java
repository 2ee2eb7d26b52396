package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** A badge number is 1 to 20 capital letters, digits and hyphens, as it is printed and typed in by the public. */
class BadgeNumberInvalidException extends RuleViolationException {

	BadgeNumberInvalidException(String number) {
		super(Kind.INVALID_INPUT, "badge.error.numberInvalid", number);
	}
}
