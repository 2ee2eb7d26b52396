package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.casework.CaseworkUnit;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.CatalogFixture;
import org.xiaoneng.casework.DefectKind;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Each role's workbench in the browser tells the truth: every figure equals the length of the list it links to, the
 * handler sees their open steps and the red one among them, the clerk the case waiting for correction, the deputy the
 * extension waiting for them, and the sidebar carries the same counts once the page has loaded.
 */
@IntegrationTest
class WorkbenchBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	private Instant before;

	@BeforeEach
	void openBrowsers() {
		before = clock.instant();
		browsers = new StaffBrowsers(port);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
		clock.set(before);
	}

	@Test
	void everyFigureOfEveryRolesWorkbenchEqualsTheLengthOfTheListItLinksTo() {
		CaseworkUnit unit = unitWithOpenWork();

		Map<String, Long> handler = figuresMatchTheirLists(account(unit, "a", Role.HANDLER));
		org.assertj.core.api.Assertions.assertThat(handler)
			.containsEntry("/cases?list=MINE", 2L)
			.containsEntry("/cases?list=RED", 1L)
			.doesNotContainKey("/cases/approvals");
		Map<String, Long> clerk = figuresMatchTheirLists(account(unit, "c", Role.WINDOW_CLERK));
		org.assertj.core.api.Assertions.assertThat(clerk).containsEntry("/cases?state=AWAITING_CORRECTION", 1L);
		Map<String, Long> deputy = figuresMatchTheirLists(account(unit, "d", Role.LEADER));
		org.assertj.core.api.Assertions.assertThat(deputy)
			.containsEntry("/cases/approvals", 1L)
			.containsEntry("/cases?list=RED", 1L)
			.containsKeys("/cases?list=DEPARTMENT", "/refusals/queue", "/substitution/approvals");
		figuresMatchTheirLists(account(unit, "h", Role.DEPT_HEAD));
	}

	/**
	 * A unit with three cases of the handler: one accepted on 2 March and overdue since 9 March, one accepted on
	 * 9 March with an extension waiting for the deputy, and one waiting for the applicant's correction; the day is
	 * 16 March.
	 */
	private CaseworkUnit unitWithOpenWork() {
		clock.set(at(3, 2, 9));
		CaseworkUnit unit = new CaseworkUnit(organization, substitutes, catalog);
		long overdue = submit(unit);
		unit.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(overdue));
		clock.set(at(3, 9, 9));
		long extended = submit(unit);
		unit.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(extended));
		unit.as("a", "ROLE_HANDLER", () -> cases.requestExtension(extended, 3, "需补充现场核查"));
		long incomplete = submit(unit);
		unit.as("c", "ROLE_WINDOW_CLERK", () -> cases.issueCorrectionNotice(incomplete,
				List.of(new MaterialDefect(2, null, DefectKind.MISSING, null)), null));
		clock.set(at(3, 16, 9));
		return unit;
	}

	private long submit(CaseworkUnit unit) {
		return unit.as("c", "ROLE_WINDOW_CLERK",
				() -> cases.submit(unit.submission(CaseworkUnit.RESIDENT_ID), null)).id();
	}

	private StaffBrowsers.Account account(CaseworkUnit unit, String who, Role role) {
		return StaffBrowsers.newAccount(accounts, unit.username(who), "办件" + who, role);
	}

	/**
	 * Signs the person in and opens every figure's list: each must hold as many entries as the figure says. The
	 * figures by link, for the test to check what they must contain.
	 */
	private Map<String, Long> figuresMatchTheirLists(StaffBrowsers.Account account) {
		Page page = browsers.signIn(account);
		Map<String, Long> figures = new LinkedHashMap<>();
		Locator links = page.locator("#work-figures a");
		for (int i = 0; i < links.count(); i++) {
			figures.put(links.nth(i).getAttribute("href"),
					Long.parseLong(links.nth(i).locator(".figure-value").textContent().strip()));
		}
		Long mine = figures.get("/cases?list=MINE");
		if (mine != null && mine > 0) {
			assertThat(page.locator("#menu-count-cases")).hasText(Long.toString(mine));
		}
		figures.forEach((link, count) -> {
			page.navigate(browsers.url(link));
			int anchor = link.indexOf('#');
			Locator total = anchor < 0 ? page.locator("[data-total]").first() : page.locator(link.substring(anchor));
			// a list counts only its page: where it says "more than" its page, the figure (which counts up to 99)
			// must be larger than that page; otherwise the two are the same exact count
			if ("false".equals(total.getAttribute("data-exact"))) {
				org.assertj.core.api.Assertions.assertThat(count)
					.isGreaterThan(Long.parseLong(total.getAttribute("data-total")));
			}
			else {
				assertThat(total).hasAttribute("data-total", Long.toString(count));
			}
		});
		return figures;
	}
}
