package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.Page;

/**
 * A handler looks at the year 2025 (National Day in red with its name, the make-up days marked) and computes 10
 * working days from the Friday before it, with the explanation, in a real browser.
 */
@IntegrationTest
class CalendarBrowserTests {

	private static final AtomicInteger ACCOUNTS = new AtomicInteger();

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	Page page;

	@BeforeEach
	void signIn() {
		browsers = new StaffBrowsers(port);
		page = browsers.signIn(StaffBrowsers.newAccount(accounts, "calendar-handler-" + ACCOUNTS.incrementAndGet(),
				"李承办", Role.HANDLER));
	}

	@AfterEach
	void closeBrowser() {
		browsers.close();
	}

	@Test
	void theYearPageShowsNationalDayInRedAndMarksTheMakeUpDays() {
		page.locator("#main-nav a[href='/calendar']").click();
		page.navigate(url("/calendar?year=2025"));

		assertThat(page.locator("#calendar-heading")).hasText("2025 年工作日历");
		var nationalDay = page.locator("#day-2025-10-01");
		assertThat(nationalDay).hasClass("day-public_holiday");
		assertThat(nationalDay).containsText("国庆节");
		assertThat(nationalDay).hasCSS("color", "rgb(192, 0, 0)");
		assertThat(page.locator("#day-2025-09-28")).hasClass("day-make_up_working_day");
		assertThat(page.locator("#day-2025-09-28 .day-mark")).hasText("班");

		page.locator("#calendar-next").click();
		assertThat(page.locator("#calendar-heading")).hasText("2026 年工作日历");
		assertThat(page.locator("#day-2026-02-17")).containsText("春节");
	}

	@Test
	void theCalculatorComputesTenWorkingDaysFromSeptember26WithTheExplanation() {
		page.navigate(url("/calendar/deadline"));
		assertThat(page.locator("#main-nav [aria-current=page]")).hasCount(1);
		assertThat(page.locator("#main-nav [aria-current=page]")).hasAttribute("href", "/calendar/deadline");
		page.locator("#deadline-from").fill("2025-09-26");
		page.locator("#deadline-days").fill("10");
		page.locator("#deadline-submit").click();

		assertThat(page.locator("#deadline-date")).hasText("2025-10-16");
		assertThat(page.locator("#deadline-explanation tbody tr")).hasCount(20);
		assertThat(page.locator("#deadline-explanation tbody tr").nth(1)).containsText("调休上班");
		assertThat(page.locator("#deadline-explanation tbody tr").nth(1)).containsText("第 1 日");
		assertThat(page.locator("#deadline-explanation tbody tr").nth(4)).containsText("国庆节");
		assertThat(page.locator("#deadline-explanation tbody tr").last()).containsText("第 10 日");
		assertThat(page.locator("#deadline-provisional")).hasCount(0);
	}

	private String url(String path) {
		return browsers.url(path);
	}
}
