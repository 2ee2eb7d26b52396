package org.xiaoneng.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <personal API token>} for that request only (nothing is
 * kept in a session). An unknown or revoked token gets a 401 problem detail at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccountManagement accounts;

	private final ProblemResponses problems;

	private final RequestMatcher apiRequests;

	ApiTokenAuthenticationFilter(AccountManagement accounts, ProblemResponses problems, RequestMatcher apiRequests) {
		this.accounts = accounts;
		this.problems = problems;
		this.apiRequests = apiRequests;
	}

	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !apiRequests.matches(request) || !carriesBearerToken(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
		Optional<Authentication> authentication = token.isEmpty() ? Optional.empty()
				: accounts.authenticateApiToken(token);
		if (authentication.isEmpty()) {
			problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "security.problem.unauthorized",
					"security.problem.tokenRejected");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
