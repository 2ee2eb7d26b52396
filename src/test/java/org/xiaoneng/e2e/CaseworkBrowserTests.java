package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.xiaoneng.e2e.StaffBrowsers.as;
import static org.xiaoneng.testing.TestData.creditCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CaseDocument;
import org.xiaoneng.casework.Cases;
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
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
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

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Page;

/**
 * One application end to end in the browser: an incomplete submission gets the one-time notice listing everything
 * missing, is corrected and accepted with a receipt whose QR code leads to the progress page; its first step goes to
 * the substitute of an absent handler, the reviewer signs for the next one, pauses the clock for an expert review and
 * gets an extension approved by the deputy; the case is completed, the applicant follows it by query code and rates
 * it badly, which opens a rectification for the department head.
 */
@IntegrationTest
class CaseworkBrowserTests {

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	private Instant before;

	@BeforeEach
	void openBrowsers() {
		before = clock.instant();
		clock.set(at(9, 9));
		browsers = new StaffBrowsers(port);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
		clock.set(before);
	}

	@Test
	void anApplicationFromIncompleteSubmissionToABadRatingWithRectification() {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		Unit unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "办件浏览器局" + tag, "浏办" + tag, creditCode()));
		});
		Department registration = department(unit, "登记注册科");
		Department review = department(unit, "审核科");
		Post window = post(registration, "窗口岗", PostKind.WINDOW);
		Post handling = post(registration, "经办岗", PostKind.HANDLING);
		Post lead = post(registration, "负责人岗", PostKind.LEADING);
		Post reviewing = post(review, "审核岗", PostKind.HANDLING);
		StaffBrowsers.Account clerk = person(tag, "c", "窗口员", Role.WINDOW_CLERK, registration);
		StaffBrowsers.Account handler = person(tag, "a", "经办员", Role.HANDLER, registration);
		StaffBrowsers.Account backup = person(tag, "b", "替岗员", Role.HANDLER, registration);
		StaffBrowsers.Account reviewer = person(tag, "r", "审核员", Role.HANDLER, review);
		StaffBrowsers.Account head = person(tag, "h", "科长员", Role.DEPT_HEAD, registration);
		StaffBrowsers.Account deputy = person(tag, "d", "分管员", Role.LEADER, registration);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(id(head)));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(id(deputy)), Set.of(new DepartmentId(registration.id()), new DepartmentId(review.id())));
			organization.assignPost(new StaffId(id(clerk)), new PostId(window.id()));
			organization.assignPost(new StaffId(id(handler)), new PostId(handling.id()));
			organization.assignPost(new StaffId(id(reviewer)), new PostId(reviewing.id()));
			organization.assignPost(new StaffId(id(head)), new PostId(lead.id()));
			return null;
		});
		as(head.username(), Role.DEPT_HEAD, () -> substitutes.assignSubstitute(new PostId(handling.id()), id(backup), null));
		ServiceItem item = publish(unit, registration, handling, reviewing, lead, handler, head, tag);
		as(head.username(), Role.DEPT_HEAD, () -> substitutes.registerAbsence(new NewAbsence(id(handler),
				AbsenceKind.LEAVE, at(9, 8), at(13, 18), "病假")));

		// intake: material 2 missing, material 3 irregular → one notice listing both
		Page clerkPage = browsers.signIn(clerk);
		clerkPage.navigate(url("/cases/intake?itemId=" + item.id()));
		clerkPage.locator("#applicant-name").fill("张三丰");
		clerkPage.locator("#applicant-id-number").fill("11010519491231002X");
		clerkPage.locator("#applicant-phone").fill("13800138000");
		clerkPage.locator("#received-2").uncheck();
		clerkPage.locator("#problem-2").check();
		clerkPage.locator("#problem-3").check();
		clerkPage.locator("#reason-3").fill("平面图未标注面积");
		clerkPage.locator("#intake-notice").click();
		assertThat(clerkPage.locator("#case-state")).hasText("补正中");
		long caseId = Long.parseLong(clerkPage.url().replaceAll(".*/cases/(\\d+).*", "$1"));
		String notice = pdfText(caseId, "CORRECTION_NOTICE");
		org.assertj.core.api.Assertions.assertThat(notice).contains("营业执照复印件", "经营场所平面图", "平面图未标注面积");

		// correction, acceptance with a receipt whose QR code leads to the progress page
		clerkPage.locator("#correction-number").selectOption("2");
		clerkPage.locator("#correction-submit").click();
		assertThat(clerkPage.locator("#case-state")).hasText("接件");
		clerkPage.locator("#accept").click();
		assertThat(clerkPage.locator("#case-state")).hasText("已受理");
		assertThat(clerkPage.locator("#case-documents")).containsText("收件回执单");
		String queryCode = clerkPage.locator("#case-query-code").textContent().strip();
		org.assertj.core.api.Assertions.assertThat(pdfText(caseId, "RECEIPT")).contains(queryCode, "1101**********002X");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select notice from casework.case_document where case_id = :id and kind = 'RECEIPT'")
			.param("id", caseId).query(String.class).single()).contains("/portal/progress?code=" + queryCode);

		// the handler is away: the first step is on the substitute's list, marked 代岗
		Page backupPage = browsers.signIn(backup);
		backupPage.navigate(url("/cases?list=MINE"));
		assertThat(backupPage.locator("#cases")).containsText("代岗");
		backupPage.navigate(url("/cases/" + caseId));
		backupPage.locator("#step-opinion").fill("材料齐全，拟同意");
		backupPage.locator("#complete-step").click();
		assertThat(backupPage.locator("#step-1")).containsText("代岗");

		// the reviewer signs for the step, pauses the clock for an expert review, resumes and asks for an extension
		Page reviewerPage = browsers.signIn(reviewer);
		reviewerPage.navigate(url("/cases/" + caseId));
		reviewerPage.locator("#sign-step").click();
		reviewerPage.locator("#pause-kind").selectOption("SPECIAL_PROCEDURE");
		reviewerPage.locator("#pause-procedure").fill("专家评审");
		reviewerPage.locator("#pause-reason").fill("需组织专家现场评审");
		reviewerPage.locator("#suspend").click();
		assertThat(reviewerPage.locator("#case-state")).hasText("暂停计时");
		clock.set(at(11, 9));
		reviewerPage.reload();
		reviewerPage.locator("#resume").click();
		assertThat(reviewerPage.locator("#case-deadline")).hasText("2026-03-17");
		reviewerPage.locator("#extension-days").fill("2");
		reviewerPage.locator("#extension-reason").fill("需补充现场核查");
		reviewerPage.locator("#request-extension").click();

		Page deputyPage = browsers.signIn(deputy);
		deputyPage.navigate(url("/cases/approvals"));
		deputyPage.locator("#extension-approvals button[value=APPROVED]").first().click();
		assertThat(deputyPage.locator("#approvals-empty")).isVisible();

		reviewerPage.reload();
		assertThat(reviewerPage.locator("#case-deadline")).hasText("2026-03-19");
		assertThat(reviewerPage.locator("#case-documents")).containsText("延期办理告知书");
		reviewerPage.locator("#step-opinion").fill("审核通过");
		reviewerPage.locator("#complete-step").click();

		// the head decides and completes the case granted
		Page headPage = browsers.signIn(head);
		headPage.navigate(url("/cases/" + caseId));
		headPage.locator("#sign-step").click();
		headPage.locator("#step-opinion").fill("准予许可");
		headPage.locator("#complete-step").click();
		headPage.locator("#certificate-name").fill("食品经营许可证");
		headPage.locator("#certificate-number").fill("JY" + tag);
		headPage.locator("#complete").click();
		assertThat(headPage.locator("#case-state")).hasText("办结");

		// the applicant follows the case by query code and rates it badly
		Page applicant = browsers.open();
		applicant.navigate(url("/portal/progress"));
		applicant.locator("#progress-code").fill(queryCode);
		applicant.locator("#progress-phone").fill("8000");
		applicant.locator("#progress-submit").click();
		assertThat(applicant.locator("#progress-state")).hasText("办结");
		assertThat(applicant.locator("#progress-name")).hasText("张**");
		applicant.locator("#rating-overall").selectOption("2");
		applicant.locator("#rating-efficiency").selectOption("3");
		applicant.locator("#rating-serviceLevel").selectOption("3");
		applicant.locator("#rating-attitude").selectOption("2");
		applicant.locator("#rating-comment").fill("等候时间太长");
		applicant.locator("#rating-submit").click();
		assertThat(applicant.locator("#rating-thanks")).isVisible();

		headPage.navigate(url("/cases/rectifications"));
		assertThat(headPage.locator("#rectification-" + caseId)).containsText("等候时间太长");
	}

	private ServiceItem publish(Unit unit, Department registration, Post handling, Post reviewing, Post lead,
			StaffBrowsers.Account handler, StaffBrowsers.Account head, String tag) {
		ItemDraft draft = new ItemDraft("食品经营许可" + tag, "000123", "E-" + tag, ItemType.ADMINISTRATIVE_LICENSE,
				unit.id(), registration.id(), List.of(handling.id(), reviewing.id(), lead.id()),
				List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条")), "条件",
				new TimeLimit(20, LimitUnit.WORKING_DAYS, null), new TimeLimit(5, LimitUnit.WORKING_DAYS, null),
				CaseKind.PROMISED,
				List.of(new ProcedureStep(1, "承办", handling.id(), 2), new ProcedureStep(2, "审核", reviewing.id(), 1),
						new ProcedureStep(3, "决定", lead.id(), 1)),
				List.of(new SpecialProcedure("专家评审", 5, "行政许可法第四十五条", false)),
				List.of(material("食品经营许可申请书"), material("营业执照复印件"), material("经营场所平面图")), List.of(),
				"政务大厅", "工作日", "0851-12345678", "0851-12345679", 1, true, RefusalAuthority.DEPARTMENT_HEAD, 3, "",
				List.of());
		ServiceItem created = as(handler.username(), Role.HANDLER, () -> catalog.createDraft(draft));
		as(handler.username(), Role.HANDLER, () -> catalog.submitForReview(created.id(), 1));
		return as(head.username(), Role.DEPT_HEAD, () -> catalog.publish(created.id(), 1, null));
	}

	private String pdfText(long caseId, String kind) {
		CaseDocument document = cases.details(caseId)
			.documents()
			.stream()
			.filter(d -> d.kind().equals(kind))
			.findFirst()
			.orElseThrow();
		byte[] pdf = cases.document(caseId, document.id()).pdf();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page));
			}
			return text.toString().replaceAll("\\s+", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Material material(String name) {
		return new Material(0, name, "申请人", 1, 0, "A4", true, null, true, null, false, false);
	}

	private Department department(Unit unit, String name) {
		return as("e2e-admin", Role.ADMIN, () -> organization.createDepartment(new NewDepartment(unit.id(), null, name)));
	}

	private Post post(Department department, String name, PostKind kind) {
		return as("e2e-admin", Role.ADMIN,
				() -> organization.createPost(new NewPost(department.id(), name, kind, name, List.of())));
	}

	private StaffBrowsers.Account person(String tag, String who, String name, Role role, Department department) {
		String username = "e2e-case-" + who + "-" + tag;
		StaffBrowsers.Account account = StaffBrowsers.newAccount(accounts, username, name, role);
		as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff("k" + who + tag, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, null, "科员",
						PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, username))));
		return account;
	}

	private long id(StaffBrowsers.Account account) {
		return organization.staffByUsername(account.username()).map(StaffMember::id).orElseThrow();
	}

	private String url(String path) {
		return browsers.url(path);
	}

	private static Instant at(int day, int hour) {
		return LocalDateTime.of(2026, 3, day, hour, 0).atZone(ZONE).toInstant();
	}
}
