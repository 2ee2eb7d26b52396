package org.xiaoneng.platform.security.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.xiaoneng.platform.security.AccountNotFoundException;

/**
 * A page of this module asked for an account or token that does not exist (or is not the user's): a clear 404 page.
 */
@ControllerAdvice(assignableTypes = { AccountController.class, ApiTokenController.class })
class SecurityPageProblems {

	@ExceptionHandler(AccountNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("reason", "security.notFound");
		return "security/denied";
	}
}
