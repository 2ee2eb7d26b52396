package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** Materials are returned only to the applicant or a registered agent, whose ID number must match. */
public class IdentityMismatchException extends RuleViolationException {

	IdentityMismatchException() {
		super(Kind.RULE_BROKEN, "refusal.error.identityMismatch");
	}
}
