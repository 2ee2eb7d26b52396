package org.xiaoneng.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The application's one security filter chain: form sign-in with second factor and forced password change for
 * pages, personal API tokens for {@code /api/**}, CSRF on forms, security headers, and 401/403 problem details for
 * the API instead of redirects.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String SESSION_COOKIE = "SESSION";

	/**
	 * Pages and resources everyone may see; modules add theirs as {@link PublicEndpoints} beans. Of the operations
	 * endpoints only health (with its liveness and readiness groups) is public, for load balancers and orchestrators,
	 * and it tells no more than UP or DOWN; metrics name every route and its use, so only an administrator reads them.
	 */
	private static final List<String> ALWAYS_PUBLIC = List.of("/login", "/css/**", "/webjars/**", "/images/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html");

	/**
	 * Browser features the platform never uses, switched off for its pages and anything they embed (W3C Permissions
	 * Policy), so that injected or third-party content cannot ask for them either.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
			+ "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "xr-spatial-tracking=()";

	/** No inline script anywhere (GB/T 22239 8.1.4.4 intrusion prevention; OWASP XSS defence in depth). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/** Swagger UI sets inline styles; its pages alone may use them. Scripts stay restricted. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt by default; the {id} prefix in each stored hash lets a later release move to Argon2 account by account.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation wraps each filter of the security chain: with the Prometheus registry present, Spring Security
	 * otherwise times every filter of every request, about a thirteenth of an API request's CPU in issue 20's profile
	 * (bench/README, round 12), for figures nobody reads. Requests stay timed as a whole ({@code http.server.requests});
	 * sign-ins and access decisions stay observed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<PublicEndpoints> publicEndpoints,
			SecurityContextRepository contextRepository, AccountManagement accounts, ProblemResponses problems,
			AuditLog auditLog) throws Exception {
		// Programs: the API and the operations endpoints, which sign in with a bearer token and get 401/403 problems.
		RequestMatcher api = new OrRequestMatcher(pathPattern("/api/**"), pathPattern("/actuator/**"));
		RequestMatcher swagger = new OrRequestMatcher(pathPattern("/swagger-ui/**"), pathPattern("/swagger-ui.html"));
		RequestMatcher bearerApiCalls = request -> api.matches(request)
				&& ApiTokenAuthenticationFilter.carriesBearerToken(request);
		List<String> publicPaths = new ArrayList<>(ALWAYS_PUBLIC);
		publicEndpoints.orderedStream().forEach(endpoints -> publicPaths.addAll(endpoints.patterns()));

		http.securityContext(context -> context.securityContextRepository(contextRepository))
			.authorizeHttpRequests(authorize -> authorize
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
				.requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
				.requestMatchers(SignInStep.SECOND_FACTOR.path()).access(atStep(SignInStep.SECOND_FACTOR))
				.requestMatchers(SignInStep.SECOND_FACTOR_ENROLMENT.path())
				.access(atStep(SignInStep.SECOND_FACTOR_ENROLMENT))
				.requestMatchers(SignInStep.PASSWORD_CHANGE.path()).access(signedInOrAtStep(SignInStep.PASSWORD_CHANGE))
				.requestMatchers("/accounts/**", "/api/v1/accounts/**").hasRole(Role.SECURITY_ADMIN.name())
				.requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
				.anyRequest().access(signedInOrAtStep(SignInStep.DONE)))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(continueSignIn())
				.failureHandler(explainFailure()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout")
				.deleteCookies(SESSION_COOKIE)
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						auditLog.recordAs(authentication.getName(), AuditEntry.of(SignIns.MODULE, "sign-out", null));
					}
				}))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			// the public API (/api/v1/public/**) serves callers without a session, so there is no session to forge requests in
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearerApiCalls, pathPattern("/api/v1/public/**")))
			.addFilterBefore(new ApiTokenAuthenticationFilter(accounts, problems, api),
					UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint(api, problems))
				.accessDeniedHandler(deniedHandler(api, problems)))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				// Spring writes HSTS only on secure requests; behind a TLS proxy forwarded headers make them secure.
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
						new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY))));
		return http.build();
	}

	@Bean
	MenuEntry accountsMenuEntry() {
		return new MenuEntry("security.menu.accounts", "/accounts", Set.of(Role.SECURITY_ADMIN.name()), 900,
				WorkArea.SYSTEM);
	}

	@Bean
	MenuEntry apiTokensMenuEntry() {
		return new MenuEntry("security.menu.tokens", "/account/tokens", Set.of(), 980, WorkArea.PERSONAL);
	}

	@Bean
	MenuEntry passwordMenuEntry() {
		return new MenuEntry("security.menu.password", "/account/password", Set.of(), 990, WorkArea.PERSONAL);
	}

	/** Signed in with every step done (or, for {@code step}, standing at that step). */
	private static AuthorizationManager<RequestAuthorizationContext> signedInOrAtStep(SignInStep step) {
		return (authentication, context) -> {
			Authentication current = authentication.get();
			boolean signedIn = current != null && current.isAuthenticated()
					&& !(current instanceof AnonymousAuthenticationToken);
			boolean allowed = signedIn && (!(current instanceof PendingSignIn pending) || pending.step() == step);
			return new AuthorizationDecision(allowed);
		};
	}

	private static AuthorizationManager<RequestAuthorizationContext> atStep(SignInStep step) {
		return (authentication, context) -> new AuthorizationDecision(
				authentication.get() instanceof PendingSignIn pending && pending.step() == step);
	}

	private static AuthenticationSuccessHandler continueSignIn() {
		return (request, response, authentication) -> {
			SignInStep step = authentication instanceof PendingSignIn pending ? pending.step() : SignInStep.DONE;
			response.sendRedirect(request.getContextPath() + step.path());
		};
	}

	private static ExceptionMappingAuthenticationFailureHandler explainFailure() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error=locked",
				DisabledException.class.getName(), "/login?error=disabled",
				PasswordAuthentication.UnusedAccountException.class.getName(), "/login?error=unused"));
		handler.setDefaultFailureUrl("/login?error=credentials");
		return handler;
	}

	/** Pages go to the sign-in page (saying when a session ran out), API calls get a 401 problem detail. */
	private static AuthenticationEntryPoint entryPoint(RequestMatcher api, ProblemResponses problems) {
		return (request, response, exception) -> {
			boolean expired = sessionExpired(request);
			if (api.matches(request)) {
				problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "security.problem.unauthorized",
						expired ? "security.problem.sessionExpired" : "security.problem.signInRequired");
			}
			else if (!expired && "/".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
				// a citizen who types the site's address lands on the public portal, which links to the staff login
				response.sendRedirect(request.getContextPath() + "/portal");
			}
			else {
				response.sendRedirect(request.getContextPath() + (expired ? "/login?expired" : "/login"));
			}
		};
	}

	/**
	 * API calls get a 403 problem detail; a person in the middle of signing in is sent to their step; a form whose
	 * session ran out goes back to sign-in; anything else sees the explanation page.
	 */
	private static AccessDeniedHandler deniedHandler(RequestMatcher api, ProblemResponses problems) {
		AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
		page.setErrorPage("/access-denied");
		return new AccessDeniedHandler() {

			@Override
			public void handle(HttpServletRequest request, HttpServletResponse response,
					AccessDeniedException exception) throws IOException, ServletException {
				Authentication current = SecurityContextHolder.getContext().getAuthentication();
				if (api.matches(request)) {
					problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "security.problem.forbidden",
							exception instanceof CsrfException ? "security.problem.csrf" : "security.problem.notAllowed");
				}
				else if (exception instanceof CsrfException && sessionExpired(request)) {
					response.sendRedirect(request.getContextPath() + "/login?expired");
				}
				else if (current instanceof PendingSignIn pending && !(exception instanceof CsrfException)) {
					response.sendRedirect(request.getContextPath() + pending.step().path());
				}
				else {
					page.handle(request, response, exception);
				}
			}
		};
	}

	private static boolean sessionExpired(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}
}
