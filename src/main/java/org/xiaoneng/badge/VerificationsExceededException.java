package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** One address asked for too many badges in a short time: the public page is for checking a badge, not for listing staff. */
class VerificationsExceededException extends RuleViolationException {

	VerificationsExceededException() {
		super(Kind.TOO_MANY_REQUESTS, "badge.error.tooManyVerifications");
	}
}
