package org.xiaoneng.organization;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done at start-up as a named person with one role, as if they had signed in: the demo county's loaders use it
 * so that their records go through the facades' own checks of the caller and the data scope, then the thread gets
 * back whatever sign-in it had.
 */
public final class ActingAs {

	private ActingAs() {
	}

	/** Runs the action signed in as {@code username} with {@code role} (e.g. {@code ROLE_HANDLER}). */
	public static <T> T signedIn(String username, String role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(role)));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
