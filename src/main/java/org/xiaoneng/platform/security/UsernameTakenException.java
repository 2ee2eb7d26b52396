package org.xiaoneng.platform.security;

import org.xiaoneng.common.RuleViolationException;

/**
 * A user name is unique: another account already has it.
 */
public class UsernameTakenException extends RuleViolationException {

	private static final long serialVersionUID = 1L;

	UsernameTakenException() {
		super(Kind.CONFLICT, "security.account.usernameTaken");
	}
}
