package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** There is no such finding in the inspection. */
class FindingNotFoundException extends RuleViolationException {

	FindingNotFoundException(long id) {
		super(Kind.NOT_FOUND, "accountability.error.findingNotFound", String.valueOf(id));
	}
}
