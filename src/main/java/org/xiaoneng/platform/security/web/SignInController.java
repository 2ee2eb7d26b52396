package org.xiaoneng.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.SecondFactorRejectedException;
import org.xiaoneng.platform.security.SignInStep;

/**
 * The sign-in pages: user name and password, then the second factor (or its enrolment) where the role needs one,
 * and the page that explains a refused request.
 */
@Controller
class SignInController {

	private final AccountManagement accounts;

	private final SignInSessions sessions;

	SignInController(AccountManagement accounts, SignInSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			return "redirect:" + accounts.pendingStep().path();
		}
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "locked" -> "security.login.locked";
				case "code-locked" -> "security.login.codeLocked";
				case "disabled" -> "security.login.disabled";
				case "unused" -> "security.login.unused";
				default -> "security.login.badCredentials";
			});
			model.addAttribute("lockMinutes", accounts.lockMinutes());
		}
		else if (request.getParameter("expired") != null) {
			model.addAttribute("notice", "security.login.expired");
		}
		else if (request.getParameter("logout") != null) {
			model.addAttribute("notice", "security.login.signedOut");
		}
		model.addAttribute("firstStart", accounts.firstStartPasswordsUnused());
		return "security/login";
	}

	@GetMapping("/login/second-factor")
	String secondFactor() {
		return "security/second-factor";
	}

	@PostMapping("/login/second-factor")
	String confirmSecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			return sessions.proceedTo(accounts.confirmSecondFactor(code), request, response);
		}
		catch (SecondFactorRejectedException e) {
			if (e.accountLocked()) {
				return sessions.endLocked(request, response);
			}
			model.addAttribute("error", "security.totp.rejected");
			return "security/second-factor";
		}
	}

	@GetMapping("/login/second-factor/enrol")
	String enrolment(Model model) {
		model.addAttribute("enrolment", accounts.startSecondFactorEnrolment());
		return "security/enrol";
	}

	@PostMapping("/login/second-factor/enrol")
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			return sessions.proceedTo(accounts.confirmSecondFactorEnrolment(code), request, response);
		}
		catch (SecondFactorRejectedException e) {
			if (e.accountLocked()) {
				return sessions.endLocked(request, response);
			}
			model.addAttribute("error", "security.totp.rejected");
			model.addAttribute("enrolment", accounts.startSecondFactorEnrolment());
			return "security/enrol";
		}
	}

	/** Where the filter chain forwards a refused request; the status stays 403. */
	@RequestMapping("/access-denied")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String accessDenied(HttpServletRequest request, Model model) {
		Object exception = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
		model.addAttribute("reason",
				exception instanceof CsrfException ? "security.denied.csrf" : "security.denied.notAllowed");
		return "security/denied";
	}
}
