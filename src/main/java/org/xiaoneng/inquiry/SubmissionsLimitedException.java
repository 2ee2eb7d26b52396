package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** Too many public submissions from one address in a short time: the portal refuses more for a while, so that nobody floods the register. */
public class SubmissionsLimitedException extends RuleViolationException {

	SubmissionsLimitedException(long minutes) {
		super(Kind.TOO_MANY_REQUESTS, "inquiry.submissionsLimited", minutes);
	}
}
