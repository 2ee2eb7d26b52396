package org.xiaoneng.platform.security;

/**
 * A second-factor code was wrong, outside the allowed time steps or already used once. Wrong codes count towards
 * the lockout like wrong passwords.
 */
public class SecondFactorRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean accountLocked;

	SecondFactorRejectedException(boolean accountLocked) {
		super(accountLocked ? "Second factor rejected, account locked" : "Second factor rejected");
		this.accountLocked = accountLocked;
	}

	/** Whether this failure locked the account, which ends the sign-in. */
	public boolean accountLocked() {
		return accountLocked;
	}
}
