package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A finding's signature or refusal is recorded once. */
class FindingAlreadySignedException extends RuleViolationException {

	FindingAlreadySignedException(long id) {
		super(Kind.CONFLICT, "accountability.error.findingSigned", String.valueOf(id));
	}
}
