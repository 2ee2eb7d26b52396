package org.xiaoneng.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xiaoneng.common.MenuEntry;

/**
 * The workbench (工作台), the first page after signing in: who the user is, what their roles let them do, the pages
 * they can open and the panels that modules fill for them.
 */
@Controller
class Dashboard {

	private final Navigation navigation;

	private final MessageSource messages;

	Dashboard(Navigation navigation, MessageSource messages) {
		this.navigation = navigation;
		this.messages = messages;
	}

	@Bean
	static MenuEntry dashboardMenuEntry() {
		return new MenuEntry("nav.home", "/", Set.of(), 0);
	}

	@GetMapping("/")
	String show(Authentication user, Model model, Locale locale) {
		model.addAttribute("roles", knownRoles(user, locale));
		model.addAttribute("entries", navigation.menu(user).stream().filter(entry -> !"/".equals(entry.path())).toList());
		model.addAttribute("panels", navigation.panels(user));
		return "web/dashboard";
	}

	/** The user's roles that have a label in the bundles, sorted; an unknown authority is not shown as a role. */
	private List<String> knownRoles(Authentication user, Locale locale) {
		return Roles.of(user)
			.stream()
			.filter(role -> messages.getMessage("role." + role, null, null, locale) != null)
			.sorted()
			.toList();
	}
}
