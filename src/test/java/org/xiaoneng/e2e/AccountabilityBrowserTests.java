package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.e2e.StaffBrowsers.as;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.accountability.Accountability;
import org.xiaoneng.accountability.CaseFilter;
import org.xiaoneng.accountability.CaseSource;
import org.xiaoneng.accountability.FailureType;
import org.xiaoneng.accountability.Severity;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.Verification;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;

import com.microsoft.playwright.Page;

/**
 * 效能问责 in the browser (issue 15): a substantiated complaint's case reaches its subject, who reads it and writes a
 * statement, and their head, who reads it too; neither ever sees who complained, on the list or the case.
 */
@IntegrationTest
class AccountabilityBrowserTests {

	@Autowired
	Organization organization;

	@Autowired
	AccountManagement accounts;

	@Autowired
	InquiryRegister register;

	@Autowired
	Accountability accountability;

	@Autowired
	ListenersAtRest listeners;

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
	void theSubjectAndTheirHeadReadTheCaseAndNeverSeeTheComplainant() {
		browsers = new StaffBrowsers(port);
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		String canary = "金丝雀" + tag;
		Unit unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "问责浏览器局" + tag, "责" + tag, creditCode()));
		});
		Department registration = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		StaffBrowsers.Account subjectAccount = StaffBrowsers.newAccount(accounts, "e2e-acc-a-" + tag, "经办人",
				Role.HANDLER);
		StaffBrowsers.Account headAccount = StaffBrowsers.newAccount(accounts, "e2e-acc-h-" + tag, "科长",
				Role.DEPT_HEAD);
		StaffMember subject = join("a" + tag, "问责经办", registration, subjectAccount.username());
		StaffMember head = join("h" + tag, "问责科长", registration, headAccount.username());
		join("c" + tag, "问责窗口", registration, "e2e-acc-c-" + tag);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			return null;
		});
		RegisterEntry complaint = as("e2e-acc-c-" + tag, Role.WINDOW_CLERK, () -> register.register(new NewInquiry(
				InquiryChannel.VISIT, null, canary, canary + "商行", "13712345678", canary + "家住人民路",
				InquiryCategory.COMPLAINT, "窗口推诿", "窗口推诿，" + canary + "跑了三趟", List.of(), null, unit.id(),
				registration.id(), subject.id(), null, "SBZ-6"), null));
		as("e2e-acc-s-" + tag, Role.SUPERVISOR, () -> register.verify(new InquiryId(complaint.id()), Verification.SUBSTANTIATED,
				"调取监控属实。", "经核实，反映属实。"));
		listeners.await(Duration.ofSeconds(10));
		long caseId = as("e2e-acc-s-" + tag, Role.SUPERVISOR, () -> accountability.cases(new CaseFilter(null,
				unit.id(), null, null, null, CaseSource.COMPLAINT, false), null, 10)).items().get(0).id();
		as("e2e-acc-s-" + tag, Role.SUPERVISOR, () -> accountability.investigate(caseId, FailureType.BUCK_PASSING,
				null, Severity.MINOR, Set.of(), "调取窗口监控，推诿属实。", null));

		Page page = browsers.signIn(subjectAccount);
		page.locator("#main-nav a[href='/accountability/cases']").click();
		assertThat(page.locator("#accountability-cases")).containsText("问责经办");
		assertThat(page.locator("body")).not().containsText(canary);
		page.locator("#accountability-cases a").first().click();
		assertThat(page.locator("#case-state")).hasText("待申辩");
		assertThat(page.locator("#show-complainant")).hasCount(0);
		assertThat(page.locator("#source-link")).hasCount(0);
		assertThat(page.locator("body")).not().containsText(canary);
		page.locator("#statement-text").fill("当天系统故障，并非推诿。");
		page.locator("#statement-submit").click();
		assertThat(page.locator("#case-statement")).hasText("当天系统故障，并非推诿。");
		assertThat(page.locator("body")).not().containsText(canary);
		page.navigate(browsers.url("/accountability/cases/" + caseId + "/complainant"));
		assertThat(page.locator("body")).not().containsText(canary);

		Page headPage = browsers.signIn(headAccount);
		headPage.navigate(browsers.url("/accountability/cases"));
		assertThat(headPage.locator("#accountability-cases")).containsText("问责经办");
		headPage.navigate(browsers.url("/accountability/cases/" + caseId));
		assertThat(headPage.locator("#case-statement")).hasText("当天系统故障，并非推诿。");
		assertThat(headPage.locator("#statement-form")).hasCount(0);
		assertThat(headPage.locator("#source-link")).hasCount(0);
		assertThat(headPage.locator("body")).not().containsText(canary);
		headPage.navigate(browsers.url("/accountability/cases/" + caseId + "/complainant"));
		assertThat(headPage.locator("body")).not().containsText(canary);
		headPage.navigate(browsers.url("/"));
		assertThat(headPage.locator("body")).not().containsText(canary);
	}

	private StaffMember join(String number, String name, Department department, String username) {
		return as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff(number, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username))));
	}
}
