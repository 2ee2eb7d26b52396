package org.xiaoneng.e2e;

import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.casework.CaseworkUnit;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.CatalogFixture;
import org.xiaoneng.disclosure.Cadence;
import org.xiaoneng.disclosure.Category;
import org.xiaoneng.disclosure.Disclosure;
import org.xiaoneng.disclosure.DisclosureItemId;
import org.xiaoneng.disclosure.DisclosureUnit;
import org.xiaoneng.disclosure.ItemDraft;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import com.microsoft.playwright.Page;

/**
 * axe-core finds no serious or critical WCAG 2 A/AA violation on any page of the citizens' portal (home, search,
 * guide, progress query and result with the rating form, complaint, disclosure, information request, badges,
 * commitments) nor on the staff's pages: the workbench of every role and every page its menu leads to, a case, and
 * the disclosure editor's item. All pages are visited before the test fails, so one run lists every finding.
 */
@IntegrationTest
class AccessibilityBrowserTests {

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
	Disclosure disclosure;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	private StaffBrowsers browsers;

	private Instant before;

	/** The violations found so far, by the page's address (and who looked at it). */
	private final Map<String, List<Accessibility.Violation>> findings = new LinkedHashMap<>();

	/** The menu entries already checked: each page once, by whoever first has it in their menu. */
	private final Set<String> visited = new LinkedHashSet<>();

	@BeforeEach
	void openBrowsers() {
		before = clock.instant();
		clock.set(at(3, 2, 9));
		browsers = new StaffBrowsers(port);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
		clock.set(before);
	}

	@Test
	void noPortalOrStaffPageHasASeriousOrCriticalAccessibilityViolation() {
		CaseworkUnit unit = new CaseworkUnit(organization, substitutes, catalog);
		long itemId = unit.submission(CaseworkUnit.RESIDENT_ID).itemId();
		long open = submit(unit);
		unit.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(open));
		String completed = unit.completedCase(cases).queryCode();
		DisclosureUnit editors = new DisclosureUnit(organization);
		long published = published(editors);

		Page citizen = browsers.open();
		citizen.setViewportSize(1280, 800);
		check(citizen, "/portal");
		Chromium.screenshot(citizen, "portal-home");
		check(citizen, "/portal/items?keyword=开饭店");
		check(citizen, "/portal/items/" + itemId);
		String unitPage = citizen.locator("main a[href^='/portal/units/']").first().getAttribute("href");
		check(citizen, unitPage);
		check(citizen, unitPage + "/commitment");
		check(citizen, "/portal/progress");
		check(citizen, "/portal/progress?code=" + cases.caseFile(open).queryCode() + "&phoneLast4=8000");
		check(citizen, "/portal/progress?code=" + completed + "&phoneLast4=8000");
		check(citizen, "/portal/progress?code=unknown&phoneLast4=0000");
		check(citizen, "/portal/inquiries/new?category=COMPLAINT");
		check(citizen, "/portal/inquiries/status");
		check(citizen, "/portal/disclosure");
		check(citizen, "/portal/disclosure?q=低保发放" + editors.tag);
		check(citizen, "/portal/disclosure/items/" + published);
		check(citizen, "/portal/information-requests");
		check(citizen, "/portal/badges");
		check(citizen, "/portal/conduct-rules");
		check(citizen, "/portal/supervision");
		check(citizen, "/login");

		Page handler = walkMenu(StaffBrowsers.newAccount(accounts, unit.username("a"), "办件a", Role.HANDLER));
		check(handler, "/cases/" + open);
		walkMenu(StaffBrowsers.newAccount(accounts, unit.username("c"), "办件c", Role.WINDOW_CLERK));
		walkMenu(StaffBrowsers.newAccount(accounts, unit.username("h"), "办件h", Role.DEPT_HEAD));
		Page leader = walkMenu(StaffBrowsers.newAccount(accounts, unit.username("p"), "办件p", Role.LEADER));
		leader.setViewportSize(1280, 800);
		leader.navigate(browsers.url("/"));
		Chromium.screenshot(leader, "workbench-leader");
		check(leader, "/cases/" + open);
		Page editor = walkMenu(StaffBrowsers.newAccount(accounts, editors.username("e"), "编辑甲", Role.DISCLOSURE_EDITOR));
		check(editor, "/disclosure/items/" + published);
		check(editor, "/disclosure/items/new");
		for (Role role : List.of(Role.SUPERVISOR, Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR)) {
			StaffBrowsers.Account account = StaffBrowsers.newAccount(accounts,
					unit.username(role.name().toLowerCase(Locale.ROOT)), "管理" + role.ordinal(), role);
			walkMenu(browsers.signInWithSecondFactor(account, clock.instant()));
		}

		Assertions.assertThat(findings)
			.as(() -> "pages with serious or critical accessibility violations:\n" + String.join("\n",
					findings.entrySet().stream().map(e -> e.getKey() + "\n  " + String.join("\n  ",
							e.getValue().stream().map(Accessibility.Violation::toString).toList())).toList()))
			.isEmpty();
	}

	private Page walkMenu(StaffBrowsers.Account account) {
		return walkMenu(browsers.signIn(account));
	}

	/** Checks the signed-in person's workbench, then every page of their menu that no one before has had checked. */
	private Page walkMenu(Page page) {
		String who = page.locator("#user-name").textContent().strip();
		record(page, "/ (" + who + ")");
		List<String> paths = page.locator("#main-nav a").all().stream().map(link -> link.getAttribute("href")).toList();
		for (String path : paths) {
			if (visited.add(path)) {
				check(page, path);
			}
		}
		return page;
	}

	private void check(Page page, String path) {
		page.navigate(browsers.url(path));
		record(page, path);
	}

	private void record(Page page, String where) {
		List<Accessibility.Violation> failing = Accessibility.violations(page)
			.stream()
			.filter(Accessibility.Violation::failing)
			.toList();
		if (!failing.isEmpty()) {
			findings.put(where, failing);
		}
	}

	private long submit(CaseworkUnit unit) {
		return unit.as("c", "ROLE_WINDOW_CLERK",
				() -> cases.submit(unit.submission(CaseworkUnit.RESIDENT_ID), null)).id();
	}


	private long published(DisclosureUnit unit) {
		DisclosureItemId id = unit.as("e", () -> disclosure.draft(new ItemDraft(Category.MINIMUM_LIVING_SECURITY,
				Cadence.MONTHLY, "城乡低保发放情况" + unit.tag, "本月发放低保金120户。", null, null))).id();
		unit.as("e", () -> disclosure.submitForReview(id));
		unit.as("r", () -> disclosure.clear(id));
		unit.as("e", () -> disclosure.publish(id));
		return id.value();
	}
}
