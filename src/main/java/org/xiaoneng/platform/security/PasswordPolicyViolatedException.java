package org.xiaoneng.platform.security;

import java.util.List;

/**
 * A new password does not meet the password policy (at least 10 characters from three character classes, not the
 * user name, not the current password) or the current password given was wrong.
 */
public class PasswordPolicyViolatedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> messageKeys;

	PasswordPolicyViolatedException(List<String> messageKeys) {
		super(String.join(", ", messageKeys));
		this.messageKeys = List.copyOf(messageKeys);
	}

	/** One message key per broken rule. */
	public List<String> messageKeys() {
		return messageKeys;
	}
}
