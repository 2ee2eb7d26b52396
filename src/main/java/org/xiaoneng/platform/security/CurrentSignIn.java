package org.xiaoneng.platform.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in of the current request, as the security context holds it. */
final class CurrentSignIn {

	private CurrentSignIn() {
	}

	/** What the signed-in person still has to do before they get their roles. */
	static SignInStep step() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof PendingSignIn pending ? pending.step() : SignInStep.DONE;
	}

	/** The signed-in person's account, when their sign-in is at the step expected. */
	static Account account(Accounts accounts, SignInStep expectedStep) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || step() != expectedStep) {
			throw new IllegalStateException("The current sign-in is not at step " + expectedStep);
		}
		return accounts.findByUsername(authentication.getName()).orElseThrow(AccountNotFoundException::new);
	}

	static String username() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	static String remoteAddress() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
	}
}
