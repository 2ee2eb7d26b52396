package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeView;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.TestData;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Someone at the service hall scans a clerk's badge with a phone, no login: a valid badge shows the clerk with the
 * unit's supervision phone and the links to rate or complain; a badge taken back says so plainly in red.
 */
@IntegrationTest
class BadgeBrowserTests {

	@Autowired
	Organization organization;

	@Autowired
	BadgeOffice office;

	@Autowired
	ListenersAtRest listeners;

	@LocalServerPort
	int port;

	BrowserContext phone;

	Page page;

	@BeforeEach
	void openPhone() {
		phone = Chromium.phone();
		page = phone.newPage();
	}

	@AfterEach
	void closePhone() {
		phone.close();
	}

	@Test
	void aValidBadgeShowsItsWearerAndARevokedOneIsPlainlyInvalidInRed() {
		BadgeView valid = badgeOf("窗口张");
		BadgeView revoked = badgeOf("调走李");
		runAs("badge-browser-admin", () -> office.revoke(revoked.id(), "调离窗口"), "ROLE_ADMIN");

		page.navigate("http://localhost:" + port + "/portal/badges/" + valid.number());
		assertThat(page.locator("#badge-verdict")).hasText("有效证件");
		assertThat(page.locator("#badge-name")).hasText("窗口张");
		assertThat(page.locator("#badge-shown-number")).hasText(valid.number());
		assertThat(page.locator("#badge-phone")).hasText("12345");
		assertThat(page.locator("#badge-complain")).hasAttribute("href",
				Pattern.compile(".*category=COMPLAINT.*"));
		// one column on the phone: the card is no wider than the screen
		org.assertj.core.api.Assertions.assertThat(page.locator(".badge-card").boundingBox().width).isLessThanOrEqualTo(390.0);

		page.locator("#badge-complain").click();
		assertThat(page.locator("#portal-category")).hasValue("COMPLAINT");
		assertThat(page.locator("#portal-subject")).hasValue("投诉上岗证 " + valid.number() + " 的工作人员");
		assertThat(page.locator("#portal-badge")).hasValue(valid.number());

		page.navigate("http://localhost:" + port + "/portal/badges");
		page.locator("#badge-number").fill(revoked.number());
		page.locator("#badge-verify").click();
		assertThat(page.locator("#badge-verdict")).hasText("此证无效：已收回");
		assertThat(page.locator("#badge-verdict")).hasCSS("background-color", "rgb(207, 34, 46)");
		assertThat(page.locator("#badge-name")).hasText("调走李");
	}

	private BadgeView badgeOf(String name) {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		var staff = runAs("badge-browser-admin", () -> {
			organization.defineRegion("520999", "示范县");
			var unit = organization.createUnit(new NewUnit("520999", "扫码局" + tag, "扫" + tag, TestData.creditCode()));
			var department = organization.createDepartment(new NewDepartment(unit.id(), null, "政务服务窗口"));
			return organization.join(new NewStaff("e" + tag, department.id(), LocalDate.of(2026, 1, 5),
					new StaffParticulars(name, Gender.FEMALE, null, "科员", PoliticalStatus.CPC_MEMBER,
							Employment.ESTABLISHED, null, null, null)));
		}, "ROLE_ADMIN");
		listeners.await(Duration.ofSeconds(10));
		return runAs("badge-browser-admin", () -> office.issue(new StaffId(staff.id()), ""), "ROLE_ADMIN");
	}
}
