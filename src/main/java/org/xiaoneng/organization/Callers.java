package org.xiaoneng.organization;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Cryptography;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller of the current request, read from the security context: one place for every facade to learn who calls
 * and what they may see. Without any authentication (a sweep, a start-up loader outside a sign-in) the caller is the
 * system with the whole region; an anonymous web visitor is not the system and sees nothing.
 */
@Component
@Transactional(readOnly = true)
public class Callers {

	private static final Caller ANONYMOUS = new Caller("anonymous", Set.of(),
			null, new DataScope(false, Set.of(), Set.of(), null), new DataScope(false, Set.of(), Set.of(), null), false);

	private static final String ATTRIBUTE = Callers.class.getName();

	private final DataScopes scopes;

	private final Cryptography cryptography;

	Callers(DataScopes scopes, Cryptography cryptography) {
		this.scopes = scopes;
		this.cryptography = cryptography;
	}

	/** Who calls now. Within a web request the caller is resolved once per authentication and request. */
	public Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Caller.SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return resolve(authentication);
		}
		if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Resolved resolved
				&& resolved.authentication() == authentication) {
			return resolved.caller();
		}
		Caller caller = resolve(authentication);
		request.setAttribute(ATTRIBUTE, new Resolved(authentication, caller), RequestAttributes.SCOPE_REQUEST);
		return caller;
	}

	private record Resolved(Authentication authentication, Caller caller) {
	}

	/**
	 * Reads the staff member behind the sign-in and the scope of their working roles in one statement; a region-wide
	 * role reads everything, but works only what the other roles give.
	 */
	private Caller resolve(Authentication authentication) {
		Set<String> roles = DataScopes.rolesOf(authentication);
		String name = authentication.getName();
		Set<String> working = new HashSet<>(roles);
		working.removeAll(Caller.REGION_WIDE_ROLES);
		Optional<DataScopes.Working> staff = scopes.atWork(name, working);
		DataScope workScope = staff.map(DataScopes.Working::scope).orElse(DataScopes.NOTHING);
		DataScope scope = DataScopes.regionWide(roles) ? DataScope.wholeRegionScope() : workScope;
		return new Caller(name, roles, staff.map(found -> found.staff().toMember(cryptography)).orElse(null), scope,
				workScope, false);
	}
}
