package org.xiaoneng.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.security.SignInStep;

/**
 * Keeps the session in step with the sign-in: a new session id whenever the authentication changes (against
 * session fixation), and the session ended when a second-factor failure locks the account.
 */
@Component
class SignInSessions {

	private final SecurityContextRepository contextRepository;

	SignInSessions(SecurityContextRepository contextRepository) {
		this.contextRepository = contextRepository;
	}

	/** Stores the advanced authentication and returns the redirect to the next step's page. */
	String proceedTo(SignInStep step, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		contextRepository.saveContext(SecurityContextHolder.getContext(), request, response);
		return "redirect:" + step.path();
	}

	String endLocked(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?error=code-locked";
	}
}
