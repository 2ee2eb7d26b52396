package org.xiaoneng.platform.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.ApiTokenId;

/**
 * Everyone's own personal API tokens: list, issue (the value is shown on the response page only) and revoke.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

	private static final int MAX_NAME_LENGTH = 100;

	private final AccountManagement accounts;

	ApiTokenController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", accounts.ownApiTokens());
		return "security/tokens";
	}

	@PostMapping
	String issue(@RequestParam(defaultValue = "") String name, Model model) {
		if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			model.addAttribute("error", "security.tokens.nameRequired");
		}
		else {
			model.addAttribute("issued", accounts.issueApiToken(name));
		}
		model.addAttribute("tokens", accounts.ownApiTokens());
		return "security/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id) {
		accounts.revokeOwnApiToken(new ApiTokenId(id));
		return "redirect:/account/tokens";
	}
}
