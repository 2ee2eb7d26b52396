package org.xiaoneng.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks the user name and password of the sign-in form through {@link SignIns}, and hands out either the full
 * authentication or a {@link PendingSignIn} when a second factor or a new password is still due.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	/** A correct password on an account disabled because it went unused for too long. */
	static final class UnusedAccountException extends DisabledException {

		private static final long serialVersionUID = 1L;

		UnusedAccountException() {
			super("Account disabled after a long time unused");
		}
	}

	private final SignIns signIns;

	private final SignInStages stages;

	PasswordAuthentication(SignIns signIns, SignInStages stages) {
		this.signIns = signIns;
		this.stages = stages;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String remoteAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Object credentials = authentication.getCredentials();
		SignIns.Outcome outcome = signIns.attempt(authentication.getName(),
				credentials == null ? null : credentials.toString(), remoteAddress);
		// The same text for a wrong password and an unknown user name: the message must not tell which.
		return switch (outcome.reason()) {
			case SIGNED_IN -> stages.authenticationFor(outcome.account(), false, authentication.getDetails());
			case LOCKED -> throw new LockedException("Account locked");
			case DISABLED -> throw new DisabledException("Account disabled");
			case UNUSED -> throw new UnusedAccountException();
			default -> throw new BadCredentialsException("Bad credentials");
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
