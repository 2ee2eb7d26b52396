package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.organization.Organization;
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
		StaffBrowsers.Account handlerAccount = StaffBrowsers.newAccount(accounts, username("a"), "经办员", Role.HANDLER);
		StaffBrowsers.Account supervisor = StaffBrowsers.newAccount(accounts, username("s"), "效能办", Role.SUPERVISOR);
		CaseOffice office = CaseOffice.open(organization, catalog, cases, "监察浏览器局" + tag, "浏监" + tag,
				this::username, MOBILE);
		long caseId = acceptedCase(office);

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

	/** A case received at the window and accepted at once, with supervision watching it. */
	private long acceptedCase(CaseOffice office) {
		long id = office.acceptedCase();
		// supervision's copy of the case is written in the acceptance's own transaction (decision 0054)
		assertThat(jdbc.sql("select count(*) from supervision.watched_object where object_type = 'CASE' and object_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isOne();
		return id;
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
