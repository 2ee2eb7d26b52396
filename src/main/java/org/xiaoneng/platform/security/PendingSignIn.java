package org.xiaoneng.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person who gave the right password but still has a step to take (second factor, new password). It carries only
 * the authority of that step and none of the person's roles, so every page but the step's own stays closed.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	static final String STEP_AUTHORITY_PREFIX = "SIGN_IN_STEP_";

	private final String username;

	private final SignInStep step;

	private final boolean secondFactorPassed;

	PendingSignIn(String username, SignInStep step, boolean secondFactorPassed, Object details) {
		super(List.of(new SimpleGrantedAuthority(authorityOf(step))));
		this.username = username;
		this.step = step;
		this.secondFactorPassed = secondFactorPassed;
		setDetails(details);
		setAuthenticated(true);
	}

	static String authorityOf(SignInStep step) {
		return STEP_AUTHORITY_PREFIX + step.name();
	}

	SignInStep step() {
		return step;
	}

	boolean secondFactorPassed() {
		return secondFactorPassed;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}
}
