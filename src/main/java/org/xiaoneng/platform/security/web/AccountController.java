package org.xiaoneng.platform.security.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.platform.security.AccountId;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.AccountSummary;
import org.xiaoneng.platform.security.NewAccount;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.platform.security.SeparationOfDutiesViolatedException;
import org.xiaoneng.platform.security.UsernameTakenException;

/**
 * The security administrator's account pages: search, create, edit roles, disable and enable, unlock, reset password
 * and second factor. Each action is checked again by {@link AccountManagement}.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountManagement accounts;

	private final Clock clock;

	AccountController(AccountManagement accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("accounts", accounts.search(q));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "security/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm("", "", null));
		return "security/account-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model) {
		if (form.username() == null || form.username().isBlank()) {
			binding.rejectValue("username", "security.account.usernameInvalid");
		}
		if (binding.hasErrors()) {
			return "security/account-new";
		}
		try {
			model.addAttribute("created",
					accounts.create(new NewAccount(form.username(), form.displayName(), form.roles())));
			return "security/account-created";
		}
		catch (UsernameTakenException e) {
			binding.rejectValue("username", "security.account.usernameTaken");
		}
		catch (SeparationOfDutiesViolatedException e) {
			binding.reject(e.messageKey());
		}
		return "security/account-new";
	}

	@GetMapping("/{id}")
	String account(@PathVariable long id, Model model) {
		AccountSummary account = accounts.account(new AccountId(id));
		model.addAttribute("account", account);
		model.addAttribute("form", new AccountForm(account.username(), account.displayName(), account.roles()));
		return "security/account";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		AccountId accountId = new AccountId(id);
		AccountSummary account = accounts.account(accountId);
		model.addAttribute("account", account);
		if (binding.hasFieldErrors("displayName")) {
			return "security/account";
		}
		try {
			if (!account.roles().equals(form.roles())) {
				accounts.assignRoles(accountId, form.roles());
			}
			if (!account.displayName().equals(form.displayName().strip())) {
				accounts.changeDisplayName(accountId, form.displayName());
			}
		}
		catch (SeparationOfDutiesViolatedException e) {
			binding.reject(e.messageKey());
			return "security/account";
		}
		redirect.addFlashAttribute("notice", "security.account.saved");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> accounts.disable(new AccountId(id)), "security.account.disabledNotice");
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> accounts.enable(new AccountId(id)), "security.account.enabledNotice");
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> accounts.unlock(new AccountId(id)), "security.account.unlockedNotice");
	}

	@PostMapping("/{id}/reset-second-factor")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> accounts.resetSecondFactor(new AccountId(id)),
				"security.account.secondFactorResetNotice");
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			String password = accounts.resetPassword(new AccountId(id));
			model.addAttribute("account", accounts.account(new AccountId(id)));
			model.addAttribute("password", password);
			return "security/account-password-reset";
		}
		catch (SeparationOfDutiesViolatedException e) {
			redirect.addFlashAttribute("error", e.messageKey());
			return "redirect:/accounts/" + id;
		}
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action, String noticeKey) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", noticeKey);
		}
		catch (SeparationOfDutiesViolatedException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return "redirect:/accounts/" + id;
	}
}
