package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * An account belongs to one staff member only.
 */
public class AccountAlreadyLinkedException extends RuleViolationException {

	AccountAlreadyLinkedException(String username) {
		super(Kind.CONFLICT, "organization.staff.accountLinked", username);
	}
}
