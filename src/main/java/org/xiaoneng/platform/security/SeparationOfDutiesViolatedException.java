package org.xiaoneng.platform.security;

/**
 * A change would break the separation of administrator duties (三员分立, GB/T 22239-2019 level 3): an account
 * holding two of ADMIN, SECURITY_ADMIN and AUDITOR, or an administrator changing their own roles.
 */
public class SeparationOfDutiesViolatedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	SeparationOfDutiesViolatedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The message key that explains the rule to the user. */
	public String messageKey() {
		return messageKey;
	}
}
