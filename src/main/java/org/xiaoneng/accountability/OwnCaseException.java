package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** Nobody decides their own case. */
class OwnCaseException extends RuleViolationException {

	OwnCaseException() {
		super(Kind.RULE_BROKEN, "accountability.error.ownCase");
	}
}
