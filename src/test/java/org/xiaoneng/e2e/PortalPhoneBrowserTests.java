package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseworkUnit;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.CatalogFixture;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A citizen on a 390 × 844 phone walks the portal from its home page: searches with the words people use (开饭店),
 * opens the food licence's guide, follows their completed case by its query code and phone digits, rates it from a
 * form that starts with nothing chosen, and files a complaint. Both forms redirect after posting, so reloading the
 * page that follows files nothing twice; and no page is wider than the phone, long codes included.
 */
@IntegrationTest
class PortalPhoneBrowserTests {

	private static final int PHONE_WIDTH = 390;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	private BrowserContext phone;

	private Instant before;

	@BeforeEach
	void openPhone() {
		before = clock.instant();
		clock.set(at(3, 2, 9));
		phone = Chromium.phone();
	}

	@AfterEach
	void closePhone() {
		phone.close();
		clock.set(before);
	}

	@Test
	void aCitizenOnAPhoneSearchesReadsTheGuideFollowsAndRatesTheirCaseAndComplainsEachFormFiledOnce() {
		CaseworkUnit unit = new CaseworkUnit(organization, substitutes, catalog);
		long itemId = unit.submission(CaseworkUnit.RESIDENT_ID).itemId();
		CaseFile completed = unit.completedCase(cases);
		Page page = phone.newPage();

		page.navigate("http://localhost:" + port + "/portal");
		assertThat(page.locator("h1")).hasText("办事服务");
		// the portal's own blue header, not the staff pages' red
		assertThat(page.locator("header.portal-top")).hasCSS("background-color", "rgb(31, 95, 153)");
		Assertions.assertThat(page.locator("#home-search-submit").evaluate("b => { const s = getComputedStyle(b); "
				+ "return s.borderTopColor === s.backgroundColor && s.borderTopStyle === 'solid'; }"))
			.as("the button's border is its own colour, not the browser's grey outset").isEqualTo(true);
		fitsThePhone(page);
		Chromium.screenshot(page, "portal-phone");
		page.locator("#home-keyword").fill("开饭店");
		page.locator("#home-search-submit").tap();
		assertThat(page.locator("#search-keyword")).hasValue("开饭店");
		String itemName = page.locator("#search-results a[href='/portal/items/" + itemId + "']").textContent().strip();
		Assertions.assertThat(itemName).startsWith("食品经营许可");
		fitsThePhone(page);

		page.locator("#search-results a[href='/portal/items/" + itemId + "']").tap();
		assertThat(page.locator("#guide-title")).hasText(itemName + " 办事指南");
		assertThat(page.locator("#guide-promised")).containsText("5 个工作日");
		assertThat(page.locator("#guide-materials")).containsText("营业执照复印件");
		fitsThePhone(page);

		page.locator("#portal-nav a[href='/portal/progress']").tap();
		page.locator("#progress-code").fill(completed.queryCode());
		page.locator("#progress-phone").fill("8000");
		page.locator("#progress-submit").tap();
		assertThat(page.locator("#progress-state")).hasText("办结");
		assertThat(page.locator("#progress-name")).hasText("张**");
		assertThat(page.locator("#progress-steps li")).hasCount(3);
		fitsThePhone(page);

		List<String> criteria = List.of("overall", "efficiency", "serviceLevel", "attitude");
		for (String criterion : criteria) {
			assertThat(page.locator("#rating-" + criterion)).hasValue("");
			page.locator("#rating-" + criterion).selectOption("4");
		}
		page.locator("#rating-comment").fill("窗口指引清楚");
		page.locator("#rating-submit").tap();
		assertThat(page.locator("#rating-thanks")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/portal/progress\\?code=" + completed.queryCode() + ".*"));
		page.reload();
		assertThat(page.locator("#rating-thanks")).isVisible();
		assertThat(page.locator("#rating-form")).hasCount(0);
		Assertions.assertThat(jdbc.sql("select count(*) from casework.rating where case_id = :id and overall = 4")
			.param("id", completed.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		fitsThePhone(page);

		String subject = "窗口排队时间过长" + completed.queryCode();
		long unitId = organization.staffByUsername(unit.username("a")).map(StaffMember::unitId).orElseThrow();
		page.locator("#portal-nav a[href*='/portal/inquiries/new']").tap();
		assertThat(page.locator("#portal-category")).hasValue("COMPLAINT");
		page.locator("#portal-unit").selectOption(String.valueOf(unitId));
		page.locator("#portal-subject").fill(subject);
		page.locator("#portal-content").fill("上午排队两小时，只开一个窗口。");
		page.locator("#portal-name").fill("张三丰");
		page.locator("#portal-phone").fill("13800138000");
		fitsThePhone(page);
		page.locator("#portal-submit").tap();
		assertThat(page.locator("#portal-submitted")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/portal/inquiries/status\\?code=.*"));
		String queryCode = page.locator("#status-query-code").textContent().strip();
		page.reload();
		assertThat(page.locator("#status-query-code")).hasText(queryCode);
		Assertions.assertThat(jdbc.sql("select count(*) from inquiry.inquiry where subject = :subject")
			.param("subject", subject)
			.query(Long.class)
			.single()).isEqualTo(1);
		fitsThePhone(page);
	}

	/** The page scrolls only up and down: nothing on it, long codes and tables included, is wider than the phone. */
	private static void fitsThePhone(Page page) {
		Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
		Assertions.assertThat(((Number) width).intValue())
			.as("width of %s on a %d px phone", page.url(), PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}
}
