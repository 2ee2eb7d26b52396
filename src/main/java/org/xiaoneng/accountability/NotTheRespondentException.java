package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** Only the subject (for a department, its head) makes the statement. */
class NotTheRespondentException extends RuleViolationException {

	NotTheRespondentException() {
		super(Kind.RULE_BROKEN, "accountability.error.notTheRespondent");
	}
}
