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
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;

/**
 * The workbench (工作台), the first page after signing in: what the user must do now, as figures that link to the
 * lists they count, for heads and leaders their scope's cases as a chart, their roles and the panels that modules
 * fill for them.
 */
@Controller
class Dashboard {

	private final Navigation navigation;

	private final MessageSource messages;

	private final WorkCounts counts;

	Dashboard(Navigation navigation, MessageSource messages, WorkCounts counts) {
		this.navigation = navigation;
		this.messages = messages;
		this.counts = counts;
	}

	@Bean
	static MenuEntry dashboardMenuEntry() {
		return new MenuEntry("nav.home", "/", Set.of(), 0, WorkArea.HOME);
	}

	/** The roles that answer for a department's or an area's work and see its figures as a chart. */
	private static final Set<String> CHARTED = Set.of("DEPT_HEAD", "LEADER", "SUPERVISOR");

	@GetMapping("/")
	String show(Authentication user, Model model, Locale locale) {
		model.addAttribute("roles", knownRoles(user, locale));
		List<WorkCount> work = counts.of(user);
		model.addAttribute("counts", work);
		model.addAttribute("chart", Roles.of(user).stream().anyMatch(CHARTED::contains)
				&& work.stream().anyMatch(count -> count.area() == WorkArea.CASES));
		model.addAttribute("panels", navigation.panels(user));
		return "web/dashboard";
	}

	/**
	 * The counts of the page's sidebar entries and tabs, as out-of-band fragments that htmx puts in place after the
	 * page has loaded, so that no page waits for every module to count before it is shown.
	 */
	@GetMapping("/workbench/counts")
	String counts(Authentication user, Model model) {
		List<WorkCount> work = counts.of(user);
		model.addAttribute("counts", work);
		model.addAttribute("menuCounts", WorkCounts.byPath(work).values());
		return "web/counts";
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
