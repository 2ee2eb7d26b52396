package org.xiaoneng.platform.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The platform's roles of a signed-in user: the Spring authorities {@code ROLE_x}, named {@code x}.
 */
final class Roles {

	private static final String PREFIX = "ROLE_";

	private Roles() {
	}

	/** The user's roles without the {@code ROLE_} prefix; none for nobody. */
	static Set<String> of(Authentication user) {
		if (user == null) {
			return Set.of();
		}
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(PREFIX))
			.map(authority -> authority.substring(PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
	}
}
