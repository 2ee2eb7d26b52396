package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** There is no such appeal, or the caller may not see it. */
class AppealNotFoundException extends RuleViolationException {

	AppealNotFoundException(long id) {
		super(Kind.NOT_FOUND, "supervision.error.appealNotFound", id);
	}
}
