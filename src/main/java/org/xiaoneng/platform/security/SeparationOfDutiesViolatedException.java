package org.xiaoneng.platform.security;

import org.xiaoneng.common.RuleViolationException;

/**
 * A change would break the separation of administrator duties (三员分立, GB/T 22239-2019 level 3): an account
 * holding two of ADMIN, SECURITY_ADMIN and AUDITOR, or an administrator changing their own roles.
 */
public class SeparationOfDutiesViolatedException extends RuleViolationException {

	private static final long serialVersionUID = 1L;

	/** {@code messageKey} explains which duty rule the request breaks. */
	SeparationOfDutiesViolatedException(String messageKey) {
		super(Kind.RULE_BROKEN, messageKey);
	}
}
