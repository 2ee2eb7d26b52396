package org.xiaoneng.platform.security.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.PasswordPolicyViolatedException;
import org.xiaoneng.platform.security.SignInStep;

/**
 * Changing one's own password, also the forced change after a one-time or reset password.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final AccountManagement accounts;

	private final SignInSessions sessions;

	PasswordController(AccountManagement accounts, SignInSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("forced", accounts.pendingStep() == SignInStep.PASSWORD_CHANGE);
		model.addAttribute("minLength", accounts.minimumPasswordLength());
		return "security/password";
	}

	@PostMapping
	String change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		boolean forced = accounts.pendingStep() == SignInStep.PASSWORD_CHANGE;
		model.addAttribute("forced", forced);
		model.addAttribute("minLength", accounts.minimumPasswordLength());
		if (!newPassword.equals(confirmation)) {
			model.addAttribute("errors", List.of("security.password.confirmationDiffers"));
			return "security/password";
		}
		try {
			SignInStep next = accounts.changeOwnPassword(currentPassword, newPassword);
			return forced ? sessions.proceedTo(next, request, response) : "redirect:/account/password?changed";
		}
		catch (PasswordPolicyViolatedException e) {
			model.addAttribute("errors", e.messageKeys());
			return "security/password";
		}
	}
}
