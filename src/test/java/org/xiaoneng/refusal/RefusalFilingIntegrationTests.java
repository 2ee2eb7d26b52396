package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * 否定报备 from filing to notice: within authority a refusal takes effect and is reported to the head; beyond it the
 * leader with authority (or their acting leader) agrees or overrules within two working days, collectively for a
 * major matter; an overdue decision is reported once; the notice carries the reasons, the basis and both remedies;
 * materials go back against a matching ID; a refusal found wrong reopens the case.
 */
@IntegrationTest
class RefusalFilingIntegrationTests {

	@Autowired
	Refusals refusals;

	@Autowired
	Cases cases;

	@Autowired
	FilingsInEffect records;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	RefusalCases fixtures;

	@Autowired
	MutableClock clock;

	RefusalUnit unit;

	@BeforeEach
	void aUnitOfItsOwn() {
		clock.set(RefusalCases.MONDAY_MORNING);
		unit = new RefusalUnit(organization);
		fixtures = new RefusalCases(context);
	}

	@Test
	void aRefusalWithinTheHandlersAuthorityTakesEffectAndIsReportedToTheHead() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);

		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThat(refusal.state()).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(refusal.withinAuthority()).isTrue();
		assertThat(refusal.kind()).isEqualTo(RefusalKind.NOT_ACCEPTED);
		assertThat(refusal.noticeNumber()).startsWith("否" + unit.tag + "不受〔2026〕");
		assertThat(refusal.handler().name()).isEqualTo(unit.handler.name());
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.NOT_ACCEPTED);
		assertThat(records.tookEffect(refusal.id(), new CaseId(caseId))).isTrue();
		assertThat(notifications.inbox(unit.username("h"))).anySatisfy(
				message -> assertThat(message.subject()).isEqualTo("权限内否定决定报告"));
	}

	@Test
	void aRefusalBeyondTheHandlersAuthorityWaitsTwoWorkingDaysForTheDeputyLeader() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);

		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThat(refusal.state()).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(refusal.withinAuthority()).isFalse();
		assertThat(refusal.deciderStaffId()).isEqualTo(unit.deputy.id());
		assertThat(refusal.decisionDue()).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.REFUSAL_PENDING);
		assertThat(records.tookEffect(refusal.id(), new CaseId(caseId))).isFalse();
		assertThat(unit.as("d", () -> refusals.decisionQueue())).extracting(p -> p.refusal().id())
			.containsExactly(refusal.id());
	}

	@Test
	void theHeadFilingForAnItemOfTheHeadsAuthorityIsWithinAuthority() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPARTMENT_HEAD);

		Refusal refusal = unit.as("h", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThat(refusal.withinAuthority()).isTrue();
		assertThat(refusal.state()).isEqualTo(RefusalState.IN_EFFECT);
	}

	@Test
	void theDeputyAgreesAndTheRefusalTakesEffect() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		Refusal decided = unit.as("d", () -> refusals.decide(filed.id(), Decision.AGREED, "同意不予受理"));

		assertThat(decided.state()).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(decided.decision()).isEqualTo(Decision.AGREED);
		assertThat(decided.noticeNumber()).isNotNull();
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.NOT_ACCEPTED);
		assertThat(records.tookEffect(filed.id(), new CaseId(caseId))).isTrue();
	}

	@Test
	void theDeputyDisagreesWithAnInstructionAndTheCaseReturnsToProcessing() {
		long caseId = fixtures.processingCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		Refusal decided = unit.as("d",
				() -> refusals.decide(filed.id(), Decision.DISAGREED, "材料可当场补正，请继续办理"));

		assertThat(decided.state()).isEqualTo(RefusalState.OVERRULED);
		assertThat(decided.opinion()).isEqualTo("材料可当场补正，请继续办理");
		assertThat(decided.noticeNumber()).isNull();
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.PROCESSING);
		assertThat(records.tookEffect(filed.id(), new CaseId(caseId))).isFalse();
	}

	@Test
	void whileTheDeputyIsAwayTheActingLeaderDecides() {
		unit.as("p", () -> substitutes.nameActingLeader(new StaffId(unit.deputy.id()), new StaffId(unit.otherDeputy.id())));
		Instant now = clock.instant();
		unit.as("o", () -> substitutes.registerAbsence(new NewAbsence(unit.deputy.id(), AbsenceKind.BUSINESS_TRIP,
				now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), "赴省厅学习")));
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);

		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		assertThat(filed.deciderStaffId()).isEqualTo(unit.otherDeputy.id());
		assertThat(filed.actingForStaffId()).isEqualTo(unit.deputy.id());
		assertThat(unit.as("o", () -> refusals.decisionQueue())).singleElement()
			.satisfies(pending -> assertThat(pending.refusal().id()).isEqualTo(filed.id()));
		assertThat(unit.as("o", () -> refusals.decide(filed.id(), Decision.AGREED, "")).state())
			.isEqualTo(RefusalState.IN_EFFECT);
	}

	@Test
	void aMajorMatterIsDecidedCollectivelyWithItsParticipantsAndDate() {
		long caseId = fixtures.processingCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.majorFiling(caseId)));
		assertThat(filed.state()).isEqualTo(RefusalState.AWAITING_COLLECTIVE_DECISION);

		Refusal decided = unit.as("d", () -> refusals.decideCollectively(filed.id(), new CollectiveDecision(
				Decision.AGREED, "", "局长、副局长、登记注册科科长", LocalDate.of(2026, 3, 2))));

		assertThat(decided.state()).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(decided.collectiveParticipants()).isEqualTo("局长、副局长、登记注册科科长");
		assertThat(decided.collectiveDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(decided.kind()).isIn(RefusalKind.NOT_PERMITTED, RefusalKind.NOT_PROVIDED);
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.COMPLETED);
	}

	@Test
	void anOverdueLeaderDecisionIsReportedOnce() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		clock.set(RefusalCases.MONDAY_MORNING.plus(Duration.ofDays(3)));
		refusals.reportOverdueDecisions();
		int again = refusals.reportOverdueDecisions().done();

		assertThat(again).isZero();
		assertThat(refusals.refusal(filed.id()).overdueReportedAt()).isNotNull();
		assertThat(notifications.inbox(unit.username("d"))).anySatisfy(
				message -> assertThat(message.subject()).isEqualTo("否定报备决定已超期"));
	}

	@Test
	void theNoticeCarriesTheReasonsTheBasisAndBothRemedies() throws IOException {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		byte[] pdf = unit.as("a", () -> refusals.noticePdf(refusal.id())).orElseThrow();

		assertThat(text(pdf)).contains("不予受理通知书", refusal.noticeNumber(), RefusalCases.REASONS,
				"《中华人民共和国行政许可法》第三十二条", "六十日内", "申请行政复议", "六个月内", "提起行政诉讼",
				"《中华人民共和国行政复议法》第二十条", "《中华人民共和国行政诉讼法》第四十六条");
	}

	@Test
	void theNoticeNamesTheUnitsOwnReconsiderationBodyAndCourtNotAPlaceholder() throws IOException {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		String notice = text(unit.as("a", () -> refusals.noticePdf(refusal.id())).orElseThrow());

		assertThat(notice).contains("向" + unit.reviewBodies.reconsiderationBody() + "申请行政复议",
				"向" + unit.reviewBodies.litigationCourt() + "提起行政诉讼");
		assertThat(notice).doesNotContain("本级人民政府");
	}

	@Test
	void aUnitWithoutReviewBodiesCannotIssueARefusalAndNothingChanges() {
		RefusalUnit unrecorded = new RefusalUnit(organization, false);
		long within = fixtures.receivedCase(unrecorded, RefusalAuthority.HANDLER);
		long beyond = fixtures.receivedCase(unrecorded, RefusalAuthority.DEPUTY_LEADER);

		assertThatThrownBy(() -> unrecorded.as("a", () -> refusals.file(RefusalCases.filing(within))))
			.isInstanceOf(ReviewBodiesMissingException.class)
			.hasMessage("refusal.error.reviewBodiesMissing");
		assertThatThrownBy(() -> unrecorded.as("a", () -> refusals.file(RefusalCases.filing(beyond))))
			.isInstanceOf(ReviewBodiesMissingException.class);
		assertThatThrownBy(() -> unrecorded.as("a", () -> refusals.draft(within)))
			.isInstanceOf(ReviewBodiesMissingException.class);

		assertThat(fixtures.state(within)).isEqualTo(CaseState.RECEIVED);
		assertThat(fixtures.state(beyond)).isEqualTo(CaseState.RECEIVED);
		assertThat(unrecorded.as("h", () -> refusals.register(new RegisterFilter(unrecorded.unit.id(), null, null,
				null, null, null, null, null, null)))).isEmpty();
	}

	@Test
	void aLeaderCannotPutARefusalIntoEffectOnceTheUnitsReviewBodiesAreGone() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));
		jdbc.sql("update organization.unit set reconsideration_body = null, litigation_court = null where id = ?")
			.param(unit.unit.id())
			.update();

		assertThatThrownBy(() -> unit.as("d", () -> refusals.decide(filed.id(), Decision.AGREED, "同意")))
			.isInstanceOf(ReviewBodiesMissingException.class);

		assertThat(refusals.refusal(filed.id()).state()).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(refusals.refusal(filed.id()).noticeNumber()).isNull();
	}

	@Test
	void materialsAreReturnedAgainstTheApplicantsIdAndTheCaseShowsTheReturn() {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		MaterialReturn returned = unit.as("a", () -> refusals.returnMaterials(refusal.id(),
				new NewMaterialReturn(List.of("住所使用证明"), "张三", RefusalCases.APPLICANT_ID,
						SignatureKind.DRAWN, RefusalCases.PNG)));

		assertThat(returned.materials()).containsExactly("住所使用证明");
		assertThat(returned.collectorMaskedId()).isEqualTo("520102********0018");
		assertThat(returned.staffName()).isEqualTo(unit.handler.name());
		assertThat(unit.as("a", () -> refusals.materialReturnsOfCase(caseId))).hasSize(1);
		assertThat(fixtures.documentTitles(caseId)).contains("材料退还记录");
	}

	@Test
	void aRefusalFoundWrongOnReviewReopensTheCase() {
		long caseId = fixtures.processingCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> refusals.file(RefusalCases.filing(caseId)));

		Refusal reviewed = RefusalUnit.asSupervisor(
				() -> refusals.review(refusal.id(), true, "申请材料齐全，不应作出不予许可决定"));

		assertThat(reviewed.state()).isEqualTo(RefusalState.FOUND_WRONG);
		assertThat(reviewed.review().finding()).isEqualTo("申请材料齐全，不应作出不予许可决定");
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.PROCESSING);
	}

	@Test
	void theRegisterFiltersByAuthorityAndTheSummaryCountsPerDepartment() {
		long within = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		long beyond = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		unit.as("a", () -> refusals.file(RefusalCases.filing(within)));
		Refusal escalated = unit.as("a", () -> refusals.file(RefusalCases.filing(beyond)));
		unit.as("d", () -> refusals.decide(escalated.id(), Decision.DISAGREED, "继续办理"));

		List<Refusal> beyondAuthority = unit.as("h", () -> refusals.register(new RegisterFilter(unit.unit.id(), null,
				null, null, null, null, false, null, null)));
		List<DepartmentSummary> summary = unit.as("h",
				() -> refusals.monthlySummary(java.time.YearMonth.of(2026, 3)));

		assertThat(beyondAuthority).extracting(Refusal::id).containsExactly(escalated.id());
		assertThat(summary).filteredOn(row -> row.departmentId() == unit.registration.id())
			.singleElement()
			.satisfies(row -> {
				assertThat(row.filings()).isEqualTo(2);
				assertThat(row.beyondAuthority()).isEqualTo(1);
				assertThat(row.beyondAuthorityShare()).isEqualByComparingTo("50.0");
				assertThat(row.overruledShare()).isEqualByComparingTo("100.0");
			});
	}

	private static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		return text.toString().replaceAll("\\s+", "");
	}
}
