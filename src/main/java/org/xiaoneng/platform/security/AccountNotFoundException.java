package org.xiaoneng.platform.security;

import org.xiaoneng.common.RuleViolationException;

/**
 * No account (or personal API token of the current user) has the given id.
 */
public class AccountNotFoundException extends RuleViolationException {

	private static final long serialVersionUID = 1L;

	AccountNotFoundException() {
		super(Kind.NOT_FOUND, "security.notFound");
	}
}
