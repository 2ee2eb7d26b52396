package org.xiaoneng.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides what a person must still do after each step of signing in, and gives them their roles only when nothing
 * is left: second factor first (GB/T 22239-2019 8.1.4.1 d asks administrators for two factors), then a forced
 * password change.
 */
@Component
class SignInStages {

	private final SecuritySettings settings;

	SignInStages(SecuritySettings settings) {
		this.settings = settings;
	}

	SignInStep next(Account account, boolean secondFactorPassed) {
		boolean secondFactorRequired = settings.secondFactorRequiredFor(account.roles())
				|| account.secondFactorEnrolled();
		if (secondFactorRequired && !secondFactorPassed) {
			return account.secondFactorEnrolled() ? SignInStep.SECOND_FACTOR : SignInStep.SECOND_FACTOR_ENROLMENT;
		}
		if (account.mustChangePassword()) {
			return SignInStep.PASSWORD_CHANGE;
		}
		return SignInStep.DONE;
	}

	/** The authentication for the account's state: its roles when done, only the pending step otherwise. */
	Authentication authenticationFor(Account account, boolean secondFactorPassed, Object details) {
		SignInStep step = next(account, secondFactorPassed);
		if (step == SignInStep.DONE) {
			UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken
				.authenticated(account.username(), null, account.authorities());
			full.setDetails(details);
			return full;
		}
		return new PendingSignIn(account.username(), step, secondFactorPassed, details);
	}
}
