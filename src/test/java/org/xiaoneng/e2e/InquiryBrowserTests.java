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
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.InquiryRegister;
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
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * 首问负责制 in the browser, in a unit of the demo region: a window clerk takes a phone consultation for the food
 * department whose handler is on leave, it lands with the substitute, who answers and closes it, and the clerk sees
 * it closed on the "following" list; an anonymous report from the public portal reaches the supervisors' queue and
 * is invisible to the food department it is about (a supervisor signs in with the second factor to see it); a matter handed on three times is flagged as buck-passing.
 */
@IntegrationTest
class InquiryBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	InquiryRegister register;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	String tag;

	Unit unit;

	Department registration;

	Department food;

	Post window;

	Post foodHandling;

	Post foodInspection;

	Post registrationHandling;

	@BeforeEach
	void openBrowsers() {
		browsers = new StaffBrowsers(port);
		tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "首问浏览器局" + tag, "首" + tag, creditCode()));
		});
		registration = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		food = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "食品安全科")));
		window = post(registration, "登记窗口岗", PostKind.WINDOW);
		registrationHandling = post(registration, "登记经办岗", PostKind.HANDLING);
		foodHandling = post(food, "食品经办岗", PostKind.HANDLING);
		foodInspection = post(food, "食品检查岗", PostKind.HANDLING);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
	}

	@Test
	void aPhoneConsultationForAnAbsentHandlerIsAnsweredByTheSubstituteAndTheClerkSeesItClosed() {
		StaffBrowsers.Account clerk = person("c", "窗口员", Role.WINDOW_CLERK, registration);
		StaffBrowsers.Account backup = person("b", "替岗员", Role.HANDLER, food);
		StaffBrowsers.Account head = person("h", "食品科长", Role.DEPT_HEAD, food);
		long absent = staff("a", "请假员", food);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(food.id()), new StaffId(id(head.username())));
			organization.assignPost(new StaffId(id(clerk.username())), new PostId(window.id()));
			organization.assignPost(new StaffId(absent), new PostId(foodHandling.id()));
			return null;
		});
		LocalDate today = LocalDate.now(clock);
		as(head.username(), Role.DEPT_HEAD, () -> {
			substitutes.assignSubstitute(new PostId(foodHandling.id()), id(backup.username()), null);
			return substitutes.registerAbsence(new NewAbsence(absent, AbsenceKind.LEAVE,
					today.atStartOfDay(clock.getZone()).toInstant(),
					today.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), "病假"));
		});

		Page clerkPage = browsers.signIn(clerk);
		clerkPage.navigate(url("/inquiries/new"));
		clerkPage.locator("#channel").selectOption("PHONE");
		clerkPage.locator("#category").selectOption("CONSULTATION");
		clerkPage.locator("#subject").fill("小作坊登记要带什么材料");
		clerkPage.locator("#visitor-name").fill("张三");
		clerkPage.locator("#phone").fill("13800138000");
		clerkPage.locator("#path-handover").check();
		clerkPage.locator("#post").selectOption(String.valueOf(foodHandling.id()));
		clerkPage.locator("#inquiry-submit").click();
		assertThat(clerkPage.locator("#inquiry-registered")).isVisible();
		assertThat(clerkPage.locator("#handler")).hasText("替岗员");
		assertThat(clerkPage.locator("#inquiry-state")).hasText("办理中");

		Page backupPage = browsers.signIn(backup);
		backupPage.navigate(url("/inquiries/mine"));
		backupPage.locator("#assigned a").first().click();
		backupPage.locator("#answer").fill("带营业执照、健康证明到食品安全科办理。");
		backupPage.locator("#answer-submit").click();
		assertThat(backupPage.locator("#inquiry-state")).hasText("已办结");

		clerkPage.navigate(url("/inquiries/mine"));
		assertThat(clerkPage.locator("#following tr").filter(new Locator.FilterOptions()
			.setHasText("小作坊登记要带什么材料")).locator(".state")).hasText("已办结");
	}

	@Test
	void anAnonymousPortalReportReachesTheSupervisorsAndIsInvisibleToTheDepartmentConcerned() {
		StaffBrowsers.Account head = person("h", "食品科长", Role.DEPT_HEAD, food);
		StaffBrowsers.Account handler = person("f", "食品经办员", Role.HANDLER, food);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(food.id()), new StaffId(id(head.username())));
			organization.assignPost(new StaffId(id(handler.username())), new PostId(foodHandling.id()));
			return null;
		});
		String subject = "食品科检查走过场" + tag;

		Page visitor = browsers.open();
		visitor.navigate(url("/portal/inquiries/new"));
		visitor.locator("#portal-category").selectOption("REPORT");
		visitor.locator("#portal-unit").selectOption(String.valueOf(unit.id()));
		visitor.locator("#portal-subject").fill(subject);
		visitor.locator("#portal-content").fill("检查人员只拍照不抽样。");
		visitor.locator("#portal-anonymous").check();
		visitor.locator("#portal-submit").click();
		assertThat(visitor.locator("#portal-submitted")).isVisible();
		assertThat(visitor.locator("#status-state")).hasText("效能监督受理中");

		StaffBrowsers.Account supervisor = StaffBrowsers.newAccount(accounts, "e2e-inq-s-" + tag, "监督员", Role.SUPERVISOR);
		Page supervisorPage = browsers.signInWithSecondFactor(supervisor, clock.instant());
		supervisorPage.navigate(url("/inquiries/complaints"));
		supervisorPage.locator("#complaints tr").filter(new Locator.FilterOptions().setHasText(subject)).locator("a").click();
		assertThat(supervisorPage.locator("#inquiry-subject")).hasText(subject);
		assertThat(supervisorPage.locator("#identity-anonymous")).isVisible();

		Page headPage = browsers.signIn(head);
		for (String path : List.of("/inquiries/register", "/inquiries/department", "/inquiries/mine")) {
			headPage.navigate(url(path));
			assertThat(headPage.locator("main")).not().containsText(subject);
		}
		Page handlerPage = browsers.signIn(handler);
		handlerPage.navigate(url("/inquiries/mine"));
		assertThat(handlerPage.locator("main")).not().containsText(subject);
		handlerPage.navigate(url("/inquiries/complaints"));
		assertThat(handlerPage.locator("body")).not().containsText(subject);
	}

	@Test
	void aMatterHandedOnThreeTimesIsFlaggedAsBuckPassingWithItsChain() {
		StaffBrowsers.Account clerk = person("c", "窗口员", Role.WINDOW_CLERK, registration);
		long registrationHandler = staff("r", "登记经办员", registration);
		long foodHandler = staff("f", "食品经办员", food);
		long inspector = staff("i", "检查员", food);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.assignPost(new StaffId(id(clerk.username())), new PostId(window.id()));
			organization.assignPost(new StaffId(registrationHandler), new PostId(registrationHandling.id()));
			organization.assignPost(new StaffId(foodHandler), new PostId(foodHandling.id()));
			organization.assignPost(new StaffId(inspector), new PostId(foodInspection.id()));
			return null;
		});

		Page clerkPage = browsers.signIn(clerk);
		clerkPage.navigate(url("/inquiries/new"));
		clerkPage.locator("#category").selectOption("CONSULTATION");
		clerkPage.locator("#subject").fill("门头招牌归谁管");
		clerkPage.locator("#path-handover").check();
		clerkPage.locator("#post").selectOption(String.valueOf(registrationHandling.id()));
		clerkPage.locator("#inquiry-submit").click();
		assertThat(clerkPage.locator("#inquiry-registered")).isVisible();
		long inquiryId = Long.parseLong(clerkPage.url().replaceAll(".*/inquiries/(\\d+).*", "$1"));

		as(organization.staffMember(new StaffId(registrationHandler)).username(), Role.HANDLER,
				() -> register.handOver(new InquiryId(inquiryId), new PostId(foodHandling.id()), "不是登记业务"));
		as(organization.staffMember(new StaffId(foodHandler)).username(), Role.HANDLER,
				() -> register.handOver(new InquiryId(inquiryId), new PostId(foodInspection.id()), "请检查岗答复"));

		clerkPage.navigate(url("/inquiries/" + inquiryId));
		assertThat(clerkPage.locator("#buck-passing")).isVisible();
		assertThat(clerkPage.locator("#buck-chain")).hasText("登记注册科 · 登记经办岗 → 食品安全科 · 食品经办岗 → 食品安全科 · 食品检查岗");
		clerkPage.navigate(url("/inquiries/mine"));
		assertThat(clerkPage.locator("#following tr[data-inquiry='" + inquiryId + "'] .flag")).hasText("推诿");
	}

	private Post post(Department department, String name, PostKind kind) {
		return as("e2e-admin", Role.ADMIN,
				() -> organization.createPost(new NewPost(department.id(), name, kind, name, List.of())));
	}

	/** A staff member of the department with an account of the role. */
	private StaffBrowsers.Account person(String who, String name, Role role, Department department) {
		String username = "e2e-inq-" + who + "-" + tag;
		StaffBrowsers.Account account = StaffBrowsers.newAccount(accounts, username, name, role);
		join(who, name, department, username);
		return account;
	}

	/** A staff member without an account (the facade is called in their name). */
	private long staff(String who, String name, Department department) {
		return join(who, name, department, "e2e-inq-" + who + "-" + tag).id();
	}

	private StaffMember join(String who, String name, Department department, String username) {
		return as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff("i" + who + tag, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username))));
	}

	private long id(String username) {
		return organization.staffByUsername(username).map(StaffMember::id).orElseThrow();
	}

	private String url(String path) {
		return browsers.url(path);
	}
}
