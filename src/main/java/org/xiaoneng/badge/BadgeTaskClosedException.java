package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** The office's task was already done, refused or cancelled. */
class BadgeTaskClosedException extends RuleViolationException {

	BadgeTaskClosedException(long taskId) {
		super(Kind.CONFLICT, "badge.error.taskClosed", taskId);
	}
}
