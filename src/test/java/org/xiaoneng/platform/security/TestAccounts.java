package org.xiaoneng.platform.security;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Small fixtures: accounts with unique names (test classes share one application context and database) and
 * acting as a given user for facade calls.
 */
final class TestAccounts {

	static final String PASSWORD = "Correct-Horse-42";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestAccounts() {
	}

	static String uniqueName(String prefix) {
		return prefix + "-" + COUNTER.incrementAndGet();
	}

	/** An account with {@link #PASSWORD}; returns its user name. */
	static String create(AccountManagement accounts, String prefix, boolean mustChangePassword, Role... roles) {
		String username = uniqueName(prefix);
		accounts.createWithPassword(new NewAccount(username, "测试 " + username, Set.of(roles)), PASSWORD,
				mustChangePassword);
		return username;
	}

	/** Puts the given user with the given roles in the security context, as after a full sign-in. */
	static void actAs(String username, Role... roles) {
		List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(roles)
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
		SecurityContextHolder.setContext(context);
	}
}
