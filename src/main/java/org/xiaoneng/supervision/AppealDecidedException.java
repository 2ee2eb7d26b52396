package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** An appeal is decided once. */
class AppealDecidedException extends RuleViolationException {

	AppealDecidedException(Long id) {
		super(Kind.CONFLICT, "supervision.error.appealDecided", id);
	}
}
