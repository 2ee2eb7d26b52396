package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.e2e.StaffBrowsers.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import com.microsoft.playwright.Page;

/**
 * 效能监察驾驶舱 in the browser: a unit's leader opens the cockpit from the menu, its ECharts charts draw (served from
 * the application, under the platform's script policy), and the open-cases number leads to the cases behind it. The
 * case is taken in and accepted at a window, and reaches the cockpit through casework's events.
 */
@IntegrationTest
class CockpitBrowserTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	Instant before;

	String tag;

	CaseOffice office;

	@BeforeEach
	void openBrowsers() {
		before = clock.instant();
		clock.set(LocalDateTime.of(TODAY, java.time.LocalTime.of(10, 0)).atZone(Clocks.BUSINESS_ZONE).toInstant());
		browsers = new StaffBrowsers(port);
		tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		office = CaseOffice.open(organization, catalog, cases, "驾驶舱浏览器局" + tag, "驾" + tag,
				who -> "e2e-ck-" + who + "-" + tag, null);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
		clock.set(before);
	}

	@Test
	void aLeaderSeesTheChartsAndDrillsDownFromTheOpenCasesToTheirList() {
		StaffBrowsers.Account leader = StaffBrowsers.newAccount(accounts, "e2e-cockpit-l-" + tag, "局长", Role.LEADER);
		as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff("k" + tag, office.registration().id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars("局长", Gender.MALE, null, "局长", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, leader.username()))));
		String caseNumber = cases.caseFile(office.acceptedCase()).caseNumber();

		Page page = browsers.signIn(leader);
		page.locator("#main-nav a[href='/supervision/cockpit']").click();

		assertThat(page.locator("h1")).hasText("效能监察驾驶舱");
		assertThat(page.locator("#chart-trend canvas")).hasCount(1);
		assertThat(page.locator("#chart-departments canvas")).hasCount(1);
		assertThat(page.locator("#figure-intake .tile-value")).hasText("1");
		assertThat(page.locator("#figure-open .tile-value")).hasText("1");
		page.locator("#figure-open").click();

		assertThat(page.locator("h1")).hasText("在办件");
		assertThat(page.locator("#drill-cases tbody tr")).hasCount(1);
		assertThat(page.locator("#drill-cases")).containsText(caseNumber);
		assertThat(page.locator("#drill-cases")).containsText("2026-03-16");
	}
}
