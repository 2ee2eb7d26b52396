package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.e2e.StaffBrowsers.as;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.evaluation.GradeScale;
import org.xiaoneng.evaluation.ObjectType;
import org.xiaoneng.evaluation.PerformanceEvaluation;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.Page;

/**
 * 绩效考评 in the browser (issue 16): a staff member opens their published result of the year from the menu, walks
 * its breakdown indicator by indicator, and signs it.
 */
@IntegrationTest
class EvaluationBrowserTests {

	/** A year of its own: computing takes the whole region, and no other test computes this one. */
	private static final int YEAR = 2048;

	@Autowired
	Organization organization;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PerformanceEvaluation evaluation;

	@LocalServerPort
	int port;

	private StaffBrowsers browsers;

	@AfterEach
	void closeBrowsers() {
		if (browsers != null) {
			browsers.close();
		}
	}

	@Test
	void aStaffMemberWalksTheirBreakdownAndSignsIt() {
		browsers = new StaffBrowsers(port);
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		Unit unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "考评浏览器局" + tag, "评" + tag, creditCode()));
		});
		Department registration = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		StaffBrowsers.Account account = StaffBrowsers.newAccount(accounts, "e2e-ev-a-" + tag, "经办人", Role.HANDLER);
		as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff("ev" + tag, registration.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars("考评经办", Gender.FEMALE, null, "科员",
						PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, account.username()))));
		as("e2e-ev-team-" + tag, Role.SUPERVISOR, () -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(YEAR, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(YEAR, ObjectType.STAFF, scale, false);
			}
			evaluation.startYear(YEAR);
			evaluation.compute(YEAR);
			return evaluation.publish(YEAR);
		});

		Page page = browsers.signIn(account);
		page.locator("#main-nav a[href='/evaluation/mine']").click();
		assertThat(page.locator("h1")).isVisible();
		page.navigate(browsers.url("/evaluation/mine?year=" + YEAR));
		assertThat(page.locator("#result-name")).hasText("考评经办");
		assertThat(page.locator("#result-state")).hasText("公示中");
		assertThat(page.locator("#line-JI\\.1")).containsText("按时办结率");
		assertThat(page.locator("#line-DE\\.2")).containsText("领导评议");
		page.locator("#sign-submit").click();
		assertThat(page.locator("#result-state")).hasText("已签字");
		assertThat(page.locator("#sign-form")).hasCount(0);
	}
}
