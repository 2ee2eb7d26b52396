package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.xiaoneng.common.DashboardPanel;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;

/**
 * The navigation shows a user the entries and panels of their roles, in order and grouped by work area, with the
 * counts of their open work on the entries of its lists, and nothing to an anonymous visitor.
 */
class NavigationTests {

	private final MenuEntry home = new MenuEntry("nav.home", "/", Set.of(), 0, WorkArea.HOME);

	private final MenuEntry audit = new MenuEntry("nav.audit", "/audit", Set.of("AUDITOR", "SECURITY_ADMIN"), 90,
			WorkArea.SYSTEM);

	private final MenuEntry cases = new MenuEntry("nav.cases", "/cases", Set.of("HANDLER", "DEPT_HEAD"), 10,
			WorkArea.CASES);

	private final MenuEntry intake = new MenuEntry("nav.intake", "/cases/intake", Set.of("HANDLER"), 9, WorkArea.CASES);

	private final MenuEntry unplaced = new MenuEntry("nav.new", "/new", Set.of("HANDLER"), 1);

	private final DashboardPanel dueSoon = new DashboardPanel("panel.dueSoon", "/cases/partials/due", Set.of("HANDLER"), 1);

	private final DashboardPanel warnings = new DashboardPanel("panel.warnings", "/warnings/partials", Set.of("SUPERVISOR"), 2);

	private final Navigation navigation = navigation();

	@Test
	void aUserSeesTheEntriesOfTheirRolesInMenuOrder() {
		assertThat(navigation.menu(user("HANDLER"))).containsExactly(home, unplaced, intake, cases);
		assertThat(navigation.menu(user("AUDITOR", "DEPT_HEAD"))).containsExactly(home, cases, audit);
	}

	@Test
	void theSidebarGroupsAUsersEntriesByWorkAreaInTheAreasOrderAndAnUnplacedEntryComesLast() {
		assertThat(navigation.areas(user("HANDLER", "AUDITOR"))).containsExactly(
				new Navigation.Area(WorkArea.HOME, List.of(home)), new Navigation.Area(WorkArea.CASES, List.of(intake, cases)),
				new Navigation.Area(WorkArea.SYSTEM, List.of(audit)), new Navigation.Area(WorkArea.OTHER, List.of(unplaced)));
		assertThat(navigation.areas(user("AUDITOR")).get(1).messageKey()).isEqualTo("nav.area.system");
	}

	@Test
	void aCountSitsOnTheEntryOfItsListsPathTheModulesFirstCountFirst() {
		WorkCount mine = WorkCount.of("casework.list.MINE", "/cases?list=MINE", 3, WorkArea.CASES);
		WorkCount department = WorkCount.of("casework.list.DEPARTMENT", "/cases?list=DEPARTMENT", 9, WorkArea.CASES);
		WorkCount approvals = WorkCount.of("casework.nav.approvals", "/cases/approvals", 1, WorkArea.CASES);
		assertThat(WorkCounts.byPath(List.of(mine, department, approvals)))
			.containsExactly(entry("/cases", mine), entry("/cases/approvals", approvals));
		assertThat(navigation.countId("/cases?list=MINE")).isEqualTo("count-cases-list-MINE");
		assertThat(navigation.menuCountId("/cases/approvals")).isEqualTo("menu-count-cases-approvals");
	}

	@Test
	void aUserSeesOnlyThePanelsOfTheirRoles() {
		assertThat(navigation.panels(user("HANDLER"))).containsExactly(dueSoon);
		assertThat(navigation.panels(user("SUPERVISOR", "HANDLER"))).containsExactly(dueSoon, warnings);
	}

	@Test
	void anAnonymousVisitorSeesNothing() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(navigation.menu(anonymous)).isEmpty();
		assertThat(navigation.menu(null)).isEmpty();
		assertThat(navigation.panels(anonymous)).isEmpty();
	}

	private Navigation navigation() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("audit", audit);
		beans.registerSingleton("home", home);
		beans.registerSingleton("cases", cases);
		beans.registerSingleton("intake", intake);
		beans.registerSingleton("unplaced", unplaced);
		beans.registerSingleton("warnings", warnings);
		beans.registerSingleton("dueSoon", dueSoon);
		return new Navigation(beans.getBeanProvider(MenuEntry.class), beans.getBeanProvider(DashboardPanel.class));
	}

	private static Authentication user(String... roles) {
		TestingAuthenticationToken user = new TestingAuthenticationToken("user", "secret",
				AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new)));
		user.setAuthenticated(true);
		return user;
	}
}
