package org.xiaoneng.platform.security;

/**
 * No account (or personal API token of the current user) has the given id.
 */
public class AccountNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	AccountNotFoundException(String what) {
		super("Not found: " + what);
	}
}
