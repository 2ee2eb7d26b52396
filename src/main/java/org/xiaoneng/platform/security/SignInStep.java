package org.xiaoneng.platform.security;

/**
 * What a person still has to do after a correct password before the platform gives them their roles.
 */
public enum SignInStep {

	/** Enter the current code of the enrolled authenticator (RFC 6238 TOTP). */
	SECOND_FACTOR("/login/second-factor"),

	/** Enrol an authenticator: the role requires a second factor and none is enrolled yet. */
	SECOND_FACTOR_ENROLMENT("/login/second-factor/enrol"),

	/** Replace a one-time or reset password. */
	PASSWORD_CHANGE("/account/password"),

	/** Nothing: fully signed in. */
	DONE("/");

	private final String path;

	SignInStep(String path) {
		this.path = path;
	}

	/** The page where the step is taken; for {@link #DONE} the start page. */
	public String path() {
		return path;
	}
}
