package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/** The person or department had an accountability decision this year that rules out 优秀; the reason is named. */
class ExcellentBlockedException extends RuleViolationException {

	ExcellentBlockedException(String reason) {
		super(Kind.RULE_BROKEN, "evaluation.error.excellentBlocked", reason);
	}
}
