package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** Only the card's holder answers or appeals it. */
class NotTheHolderException extends RuleViolationException {

	NotTheHolderException() {
		super(Kind.RULE_BROKEN, "supervision.error.notHolder");
	}
}
