package org.xiaoneng.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiaoneng.common.UnifiedSocialCreditCode;

/** What many tests need to set up their own unit: a fresh credit code, and running an action as someone. */
public final class TestData {

	private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private TestData() {
	}

	/**
	 * A valid unified social credit code (GB 32100-2015) of an organ (机关, 11) of the test region 520999 with a
	 * random organisation code, so that every test's unit is new in the shared database.
	 */
	public static String creditCode() {
		StringBuilder code = new StringBuilder("11520999");
		for (int i = 0; i < 9; i++) {
			code.append(CODE_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CODE_CHARACTERS.length())));
		}
		return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
	}

	/** Runs the action signed in as {@code username} with the given authorities (e.g. {@code ROLE_ADMIN}). */
	public static <T> T runAs(String username, Supplier<T> action, String... authorities) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(authorities)));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
