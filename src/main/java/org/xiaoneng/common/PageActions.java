package org.xiaoneng.common;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page's form posts a command: post, redirect, get. Done, the browser goes where the command leads; refused, it
 * goes back with the refusal's message in the user's language, and the transaction that refused changed nothing.
 */
public final class PageActions {

	private PageActions() {
	}

	/**
	 * Runs the command and redirects to the page it returns, or, refused by a rule, back to {@code back} with the
	 * message shown there.
	 */
	public static String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
		try {
			return "redirect:" + action.get();
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return "redirect:" + back;
		}
	}

	/** Runs the command and comes back to the same page, with the refusal's message if a rule refused it. */
	public static String attempt(RedirectAttributes redirect, String page, Runnable action) {
		return attempt(redirect, page, () -> {
			action.run();
			return page;
		});
	}
}
