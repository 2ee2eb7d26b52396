package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** One appeal at a time per card: the open one is decided first. */
class AppealAlreadyOpenException extends RuleViolationException {

	AppealAlreadyOpenException(long cardId) {
		super(Kind.CONFLICT, "supervision.error.appealOpen", cardId);
	}
}
