package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xiaoneng.e2e.StaffBrowsers.as;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.ApplicantDetails;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.IdType;
import org.xiaoneng.casework.NewSubmission;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.casework.SubmissionChannel;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.Clocks;
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
import org.xiaoneng.supervision.SupervisionSweepsAtHand;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import com.microsoft.playwright.Page;

/**
 * 电子监察 in the browser (issue 14): a case of 5 promised working days accepted on Monday 2 March runs late while
 * the clock moves on; the day's deadline sweep gives its handler a warning on Friday, a yellow card on its last day
 * and a red card the day after, each told by an in-app message and, in office hours, an SMS in the outbox. The
 * handler answers the yellow card with a rectification report and appeals the red one, and a supervisor revokes it
 * from the appeal queue.
 */
@IntegrationTest
class SupervisionBrowserTests {

	private static final String MOBILE = "13900139000";

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext beans;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	private Instant before;

	private final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	@BeforeEach
	void openBrowsers() {
		before = clock.instant();
		clock.set(at(2));
		browsers = new StaffBrowsers(port);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
		clock.set(before);
	}

	@Test
	void aLateCaseGetsAWarningAYellowAndARedCardTheHandlerAnswersOneAndAppealsAnotherWhichASupervisorRevokes() {
		Unit unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "监察浏览器局" + tag, "浏监" + tag, creditCode()));
		});
		Department registration = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		Post window = post(registration, "窗口岗", PostKind.WINDOW);
		Post handling = post(registration, "经办岗", PostKind.HANDLING);
		StaffMember clerk = join(registration, "c", "窗口员", null);
		StaffMember head = join(registration, "h", "科长员", null);
		StaffBrowsers.Account handlerAccount = StaffBrowsers.newAccount(accounts, username("a"), "经办员", Role.HANDLER);
		StaffMember handler = join(registration, "a", "经办员", MOBILE);
		StaffBrowsers.Account supervisor = StaffBrowsers.newAccount(accounts, username("s"), "效能办", Role.SUPERVISOR);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(handler.id()), new PostId(handling.id()));
			return null;
		});
		ServiceItem item = publish(unit, registration, handling);
		long caseId = acceptedCase(item);

		clock.set(at(6));
		SupervisionSweepsAtHand.classifyDeadlines(beans);
		Page page = browsers.signIn(handlerAccount);
		page.locator("#main-nav a[href='/supervision/cards/mine']").click();
		assertThat(page.locator("#card-list tbody tr")).hasCount(1);
		assertThat(page.locator("tr[data-rule='CASE_DEADLINE_NEAR']")).containsText("预警");
		assertThat(page.locator("tr[data-rule='CASE_DEADLINE_NEAR']")).containsText("已发");

		clock.set(at(9));
		SupervisionSweepsAtHand.classifyDeadlines(beans);
		page.reload();
		assertThat(page.locator("tr[data-rule='CASE_DUE_TODAY']")).containsText("黄牌");

		clock.set(at(10));
		SupervisionSweepsAtHand.classifyDeadlines(beans);
		page.reload();
		assertThat(page.locator("#card-list tbody tr")).hasCount(3);
		assertThat(page.locator("tr[data-rule='CASE_OVERDUE']")).containsText("红牌");
		long yellow = cardId(caseId, "CASE_DUE_TODAY");
		long red = cardId(caseId, "CASE_OVERDUE");

		page.navigate(browsers.url("/inbox"));
		assertThat(page.locator("#inbox-list .inbox-subject")).containsText(
				new String[] { "效能监察红牌：办件超期红牌", "效能监察黄牌：办件今日到期黄牌", "效能监察预警：办件临近期限预警" });
		assertThat(jdbc.sql("""
				select count(*) from notification.message
				where channel = 'IN_APP' and recipient_username = :head and idempotency_key like :key""")
			.param("head", username("h"))
			.param("key", "supervision:card:" + red + ":%")
			.query(Long.class)
			.single()).as("a red card also goes to the department head; the unit has no leader to tell").isOne();
		assertThat(textsAbout(red)).as("the red card's SMS to the handler's mobile, in the outbox")
			.containsExactly("139****9000 效能监察红牌：办件超期红牌");

		page.navigate(browsers.url("/supervision/cards/mine"));
		page.locator("tr[data-rule='CASE_DUE_TODAY'] a").click();
		page.locator("#feedback-report").fill("已联系申请人补正，今日办结");
		page.locator("#feedback-submit").click();
		assertThat(page.locator("#card-state")).hasText("已反馈");
		assertThat(page.locator("#card-feedback")).hasText("已联系申请人补正，今日办结");
		assertThat(page.locator("#feedback-form")).hasCount(0);
		assertThat(state(yellow)).isEqualTo("ANSWERED");

		page.navigate(browsers.url("/supervision/cards/mine"));
		page.locator("tr[data-rule='CASE_OVERDUE'] a").click();
		page.locator("#appeal-reasons").fill("申请人3月6日才补齐材料，超期不在我");
		page.locator("#appeal-submit").click();
		assertThat(page.locator("#card-appeals")).containsText("待审理");

		Page supervisorPage = browsers.signInWithSecondFactor(supervisor, clock.instant());
		supervisorPage.locator("#main-nav a[href='/supervision/appeals']").click();
		var appeal = supervisorPage.locator("tr[data-card='" + red + "']");
		assertThat(appeal).containsText("申请人3月6日才补齐材料，超期不在我");
		appeal.locator("select[name='decision']").selectOption("REVOKE");
		appeal.locator("input[name='reason']").fill("材料补齐日期属实，超期非经办人原因");
		appeal.locator("button[type='submit']").click();
		assertThat(supervisorPage.locator("tr[data-card='" + red + "']")).hasCount(0);

		page.reload();
		assertThat(page.locator("#card-state")).hasText("已撤销");
		assertThat(page.locator("#card-appeals")).containsText("材料补齐日期属实，超期非经办人原因");
		assertThat(page.locator("#appeal-form")).hasCount(0);
		assertThat(state(red)).isEqualTo("REVOKED");
	}

	/** A case received at the window and accepted at once, once supervision watches it. */
	private long acceptedCase(ServiceItem item) {
		NewSubmission submission = new NewSubmission(item.id(), SubmissionChannel.WINDOW,
				new ApplicantDetails(ApplicantKind.PERSON, "张三丰", null, IdType.RESIDENT_ID, "11010519491231002X",
						"13800138000", null, "示范县人民路1号", null, null, null, null),
				List.of(new ReceivedMaterial(1, null, true, 1, 2)), DeliveryMethod.PICKUP);
		long id = as(username("c"), Role.WINDOW_CLERK, () -> cases.submit(submission, null)).id();
		as(username("c"), Role.WINDOW_CLERK, () -> cases.accept(id));
		// supervision's listener runs after the acceptance commits, on the event publication registry's executor
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from supervision.watched_object where object_type = 'CASE' and object_id = :id")
				.param("id", id)
				.query(Long.class)
				.single() == 1);
		return id;
	}

	private ServiceItem publish(Unit unit, Department registration, Post handling) {
		ItemDraft draft = new ItemDraft("食品经营许可" + tag, "000123", "V-" + tag, ItemType.ADMINISTRATIVE_LICENSE,
				unit.id(), registration.id(), List.of(handling.id()), List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条")),
				"条件", new TimeLimit(20, LimitUnit.WORKING_DAYS, null), new TimeLimit(5, LimitUnit.WORKING_DAYS, null),
				CaseKind.PROMISED, List.of(new ProcedureStep(1, "承办", handling.id(), 5)), List.of(),
				List.of(new Material(0, "食品经营许可申请书", "申请人", 1, 0, "A4", true, null, true, null, false, false)),
				List.of(), "政务大厅", "工作日", "0851-12345678", "0851-12345679", 1, true, RefusalAuthority.DEPARTMENT_HEAD,
				3, "", List.of());
		ServiceItem drafted = as(username("a"), Role.HANDLER, () -> catalog.createDraft(draft));
		as(username("a"), Role.HANDLER, () -> catalog.submitForReview(drafted.id(), 1));
		return as(username("h"), Role.DEPT_HEAD, () -> catalog.publish(drafted.id(), 1, null));
	}

	private Post post(Department department, String name, PostKind kind) {
		return as("e2e-admin", Role.ADMIN,
				() -> organization.createPost(new NewPost(department.id(), name, kind, name, List.of())));
	}

	private StaffMember join(Department department, String who, String name, String mobile) {
		return as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff("k" + who + tag, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, mobile, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}

	private long cardId(long caseId, String rule) {
		return jdbc.sql("select id from supervision.card where object_type = 'CASE' and object_id = :id and rule_code = :rule")
			.param("id", caseId)
			.param("rule", rule)
			.query(Long.class)
			.single();
	}

	private String state(long cardId) {
		return jdbc.sql("select state from supervision.card where id = :id").param("id", cardId).query(String.class).single();
	}

	private List<String> textsAbout(long cardId) {
		return jdbc.sql("""
				select recipient_masked || ' ' || subject from notification.message
				where channel = 'SMS' and idempotency_key like :key""")
			.param("key", "supervision:card:" + cardId + ":%")
			.query(String.class)
			.list();
	}

	private String username(String who) {
		return "e2e-sup-" + who + "-" + tag;
	}

	/** 9 o'clock, office hours, on the day of March 2026 in the business zone. */
	private static Instant at(int day) {
		return LocalDateTime.of(2026, 3, day, 9, 0).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}
}
