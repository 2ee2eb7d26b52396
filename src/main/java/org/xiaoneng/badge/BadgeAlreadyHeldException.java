package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** A staff member wears one valid badge at a time; a new one replaces the old only on transfer or loss. */
class BadgeAlreadyHeldException extends RuleViolationException {

	BadgeAlreadyHeldException(String name, String number) {
		super(Kind.CONFLICT, "badge.error.alreadyHeld", name, number);
	}
}
