package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.e2e.StaffBrowsers.as;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.Page;

/**
 * 同岗替代 in the browser, in a unit of the demo region: a window clerk asks for two days of leave and sees the
 * handover list, the substitute acknowledges it, the head approves, the duty board shows the substitute on those
 * days, and the substitute's own leave on the same days is refused with a message naming the post.
 */
@IntegrationTest
class SubstitutionBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	@BeforeEach
	void openBrowsers() {
		browsers = new StaffBrowsers(port);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
	}

	@Test
	void twoDaysOfLeaveAreHandedOverApprovedShownOnTheBoardAndTheSubstituteCannotLeaveToo() {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		Unit unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(
				new NewUnit("520999", "替岗浏览器局" + tag, "浏" + tag, creditCode()));
		});
		Department registration = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		Post window = as("e2e-admin", Role.ADMIN, () -> organization.createPost(new NewPost(registration.id(),
				"登记窗口岗", PostKind.WINDOW, "窗口受理", List.of())));
		Post handling = as("e2e-admin", Role.ADMIN, () -> organization.createPost(new NewPost(registration.id(),
				"登记经办岗", PostKind.HANDLING, "审核", List.of())));
		StaffBrowsers.Account clerk = person(tag, "c", "窗口员", Role.WINDOW_CLERK, registration);
		StaffBrowsers.Account backup = person(tag, "b", "替岗员", Role.HANDLER, registration);
		StaffBrowsers.Account head = person(tag, "h", "科长员", Role.DEPT_HEAD, registration);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(id(head.username())));
			organization.assignPost(new StaffId(id(clerk.username())), new PostId(window.id()));
			organization.assignPost(new StaffId(id(backup.username())), new PostId(handling.id()));
			return null;
		});
		as(head.username(), Role.DEPT_HEAD, () -> {
			substitutes.assignSubstitute(new PostId(window.id()), id(backup.username()), null);
			substitutes.assignSubstitute(new PostId(handling.id()), id(clerk.username()), null);
			return null;
		});

		Page clerkPage = browsers.signIn(clerk);
		clerkPage.navigate(url("/substitution/absences"));
		assertThat(clerkPage.locator("#absence-form")).isVisible();
		assertThat(clerkPage.locator("#preview-empty").or(clerkPage.locator("#handover-preview"))).isVisible();
		requestLeave(clerkPage);
		assertThat(clerkPage.locator("#absence-status")).hasText("待审批");
		assertThat(clerkPage.locator("#absence-handover")).hasText("待替岗人确认");
		assertThat(clerkPage.locator("#absence-substitute")).hasText("替岗员");

		Page backupPage = browsers.signIn(backup);
		backupPage.navigate(url("/substitution/handovers"));
		backupPage.locator("#absence-list a").first().click();
		backupPage.locator("#acknowledge").click();
		assertThat(backupPage.locator("#absence-handover")).hasText("替岗人已确认");

		Page headPage = browsers.signIn(head);
		headPage.navigate(url("/substitution/approvals"));
		headPage.locator("#absence-list a").first().click();
		headPage.locator("#approve").click();
		assertThat(headPage.locator("#absence-status")).hasText("已批准");

		headPage.navigate(url("/substitution/board?department=" + registration.id() + "&date=2026-03-03"));
		assertThat(headPage.locator("#duty-board tr[data-post='" + window.id() + "'] .acting")).hasText("窗口员");
		headPage.navigate(url("/substitution/board?department=" + registration.id() + "&date=2026-03-04"));
		assertThat(headPage.locator("#duty-board tr[data-post='" + window.id() + "'] .acting")).hasText("替岗员");
		headPage.navigate(url("/substitution/board?department=" + registration.id() + "&date=2026-03-05"));
		assertThat(headPage.locator("#duty-board tr[data-post='" + window.id() + "'] .acting")).hasText("替岗员");

		backupPage.navigate(url("/substitution/absences"));
		requestLeave(backupPage);
		assertThat(backupPage.locator("#substitution-error")).containsText("登记窗口岗");
		assertThat(backupPage.locator("#my-absences")).hasCount(0);
	}

	private void requestLeave(Page page) {
		page.locator("#absence-kind").selectOption("LEAVE");
		page.locator("#absence-from").fill("2026-03-04T09:00");
		page.locator("#absence-to").fill("2026-03-06T09:00");
		page.locator("#absence-reason").fill("家中有事");
		page.locator("#absence-submit").click();
	}

	/** A staff member of the department with an account of the role; returns the user name and one-time password. */
	private StaffBrowsers.Account person(String tag, String who, String name, Role role, Department department) {
		String username = "e2e-sub-" + who + "-" + tag;
		StaffBrowsers.Account account = StaffBrowsers.newAccount(accounts, username, name, role);
		as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff(who + tag, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, null, "科员",
						PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, username))));
		return account;
	}

	private long id(String username) {
		return organization.staffByUsername(username).map(StaffMember::id).orElseThrow();
	}

	private String url(String path) {
		return browsers.url(path);
	}
}
