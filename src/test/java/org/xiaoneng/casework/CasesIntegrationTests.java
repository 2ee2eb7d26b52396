package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.badge.BadgeUnit;
import org.xiaoneng.casework.refusal.CaseRefusals;
import org.xiaoneng.catalog.CommitmentMeasurements;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.Measurement;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/** The life of a case through the facade: intake, one-time notice, acceptance, steps, clock, completion, refusal. */
@IntegrationTest
class CasesIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	ConfirmedRefusals refusals;

	@Autowired
	CaseRefusals caseRefusals;

	@Autowired
	ApplicantNotices notices;

	@Autowired
	MutableClock clock;

	@Autowired
	BadgeOffice badges;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CasePortal portal;

	@Autowired
	CommitmentMeasurements measurements;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void anIncompleteSubmissionGetsOneNoticeListingEverythingAndWaitsInCorrection() {
		CaseworkUnit u = unit();
		CaseFile received = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null));

		CaseDocument notice = u.as("c", () -> cases.issueCorrectionNotice(received.id(),
				List.of(new MaterialDefect(2, null, DefectKind.MISSING, null),
						new MaterialDefect(null, 2, DefectKind.IRREGULAR, "平面图未标注面积")),
				null));

		assertThat(cases.caseFile(received.id()).state()).isEqualTo(CaseState.AWAITING_CORRECTION);
		assertThat(notice.number()).isEqualTo("测" + u.tag + "补告〔2026〕1号");
		String text = pdfText(received.id(), notice.id());
		assertThat(text).contains("营业执照复印件", "经营场所平面图", "平面图未标注面积", "0851-12345678", received.queryCode());
		assertThat(notices.reprint(received.id(), notice.id())).isEqualTo(cases.storedPdf(received.id(), notice.id()).pdf());
	}

	@Test
	void aSecondNoticeIsOnlyForNewlySuppliedMaterialWithAReasonAndCountsAsABreach() {
		CaseworkUnit u = unit();
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.issueCorrectionNotice(id, List.of(new MaterialDefect(2, null, DefectKind.MISSING, null)), null));
		u.as("c", () -> cases.supplyCorrection(id, List.of(new ReceivedMaterial(2, null, false, 1, 1))));

		assertThatThrownBy(() -> u.as("c", () -> cases.issueCorrectionNotice(id,
				List.of(new MaterialDefect(null, 3, DefectKind.IRREGULAR, "新补材料模糊")), null)))
			.isInstanceOf(CaseRuleException.class)
			.hasMessage("casework.notice.secondNeedsReason");
		assertThatThrownBy(() -> u.as("c", () -> cases.issueCorrectionNotice(id,
				List.of(new MaterialDefect(null, 1, DefectKind.IRREGULAR, "申请书未签字")), "补充")))
			.hasMessage("casework.notice.secondOnlyNewMaterial");

		u.as("c", () -> cases.issueCorrectionNotice(id, List.of(new MaterialDefect(null, 3, DefectKind.IRREGULAR,
				"新补营业执照复印件模糊")), "新补材料不清晰"));
		assertThat(jdbc.sql("select breach from casework.correction_notice where case_id = :id order by round")
			.param("id", id)
			.query(Boolean.class)
			.list()).containsExactly(false, true);
	}

	@Test
	void acceptanceNumbersTheCaseFixesTheDeadlineAndIssuesAReceiptWithAQrCode() {
		CaseworkUnit u = unit();
		long first = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		long second = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();

		CaseFile accepted = u.as("c", () -> cases.accept(first));
		CaseFile next = u.as("c", () -> cases.accept(second));

		assertThat(accepted.caseNumber()).isEqualTo("测" + u.tag + "〔2026〕1号");
		assertThat(next.caseNumber()).isEqualTo("测" + u.tag + "〔2026〕2号");
		// accepted Monday 9 March: day 1 is Tuesday, the fifth working day Monday 16 March
		assertThat(accepted.deadline()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(accepted.state()).isEqualTo(CaseState.ACCEPTED);
		assertThat(accepted.handlerStaffId()).isEqualTo(u.handler.id());
		CaseDetails details = cases.details(first, DataScope.wholeRegionScope());
		CaseDocument receipt = details.documents().stream().filter(d -> d.kind().equals("RECEIPT")).findFirst().orElseThrow();
		assertThat(pdfText(first, receipt.id())).contains(accepted.caseNumber(), accepted.queryCode(), "1101**********002X",
				"食品经营许可申请书", "原件", "2026年3月16日", "窗口领取");
		assertThat(details.explanation().days()).hasSize(7);
		assertThatThrownBy(() -> u.as("c", () -> cases.accept(first))).isInstanceOf(CaseStateException.class);
	}

	@Test
	void theReceiptAndTheOneTimeNoticeNameTheWindowClerkWithTheirBadgeNumber() {
		CaseworkUnit u = unit();
		String badge = badgeOf(u.clerk);
		long incomplete = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		long complete = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();

		CaseDocument notice = u.as("c", () -> cases.issueCorrectionNotice(incomplete,
				List.of(new MaterialDefect(2, null, DefectKind.MISSING, null)), null));
		u.as("c", () -> cases.accept(complete));
		CaseDocument receipt = cases.details(complete, DataScope.wholeRegionScope())
			.documents()
			.stream()
			.filter(d -> d.kind().equals("RECEIPT"))
			.findFirst()
			.orElseThrow();

		// the text as extracted may break a line anywhere, so it is compared without white space
		assertThat(pdfText(incomplete, notice.id()).replaceAll("\\s", ""))
			.contains("经办人：" + u.clerk.name() + "（工作牌号" + badge + "）");
		assertThat(pdfText(complete, receipt.id()).replaceAll("\\s", "")).contains(u.clerk.name() + "（工作牌号" + badge + "）");
	}

	@Test
	void stepsGoToTheSubstituteDuringAnAbsenceMarkedAsActingOnBehalf() {
		CaseworkUnit u = unit();
		u.as("h", () -> substitutes.registerAbsence(new NewAbsence(u.handler.id(), AbsenceKind.LEAVE, at(3, 9, 8),
				at(3, 12, 18), "病假")));
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();

		u.as("c", () -> cases.accept(id));

		CaseStep first = cases.details(id, DataScope.wholeRegionScope()).openStep();
		assertThat(first.staffId()).isEqualTo(u.backup.id());
		assertThat(first.onBehalf()).isTrue();
		assertThat(u.as("b", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.MINE), null, null, 20)).rows())
			.extracting(CaseSummary::id)
			.contains(id);
		assertThatThrownBy(() -> u.as("a", () -> cases.completeStep(id, 1, "同意"))).isInstanceOf(NotYourWorkException.class);
	}

	@Test
	void theWorkListOfWhoeverActsForAnAbsenteeHoldsTheAbsenteesOpenCasesOnBehalfOnlyWhileTheAbsenceLasts() {
		CaseworkUnit u = unit();
		long held = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(held));
		u.as("h", () -> substitutes.registerAbsence(new NewAbsence(u.handler.id(), AbsenceKind.LEAVE, at(3, 9, 8),
				at(3, 12, 18), "病假")));
		// the step stays the absentee's: the backup's list finds it through whom they act for, not as their own
		assertThat(cases.details(held, DataScope.wholeRegionScope()).openStep().staffId()).isEqualTo(u.handler.id());

		List<CaseSummary> during = u.as("b", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.MINE), null, null, 20))
			.rows();
		assertThat(during).filteredOn(summary -> summary.id() == held)
			.singleElement()
			.satisfies(summary -> assertThat(summary.onBehalf()).isTrue());

		clock.set(at(3, 13, 9));
		assertThat(u.as("b", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.MINE), null, null, 20)).rows())
			.extracting(CaseSummary::id)
			.doesNotContain(held);
		assertThat(u.as("a", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.MINE), null, null, 20)).rows())
			.extracting(CaseSummary::id)
			.contains(held);
	}

	@Test
	void aStepHandedToAnotherDepartmentNotSignedForTheSameDayIsFlaggedOnce() {
		CaseworkUnit u = unit();
		long id = accepted(u);
		u.as("a", () -> cases.completeStep(id, 1, "材料齐全，同意"));
		CaseStep review = cases.details(id, DataScope.wholeRegionScope()).openStep();
		assertThat(review.needsSigning()).isTrue();
		assertThat(review.signBy()).isEqualTo(LocalDate.of(2026, 3, 9));

		clock.set(at(3, 10, 9));
		int flagged = cases.flagUnsignedHandovers().done();

		assertThat(flagged).isGreaterThanOrEqualTo(1);
		assertThat(cases.details(id, DataScope.wholeRegionScope()).openStep().signFlagged()).isTrue();
		assertThat(cases.flagUnsignedHandovers().done()).isZero();
	}

	@Test
	void aSpecialProcedurePausesTheClockAndMovesTheDeadlineByThePausedWorkingDays() {
		CaseworkUnit u = unit();
		long id = accepted(u);

		u.as("a", () -> cases.suspend(id, PauseKind.SPECIAL_PROCEDURE, "专家评审", "需组织专家现场评审", null));
		assertThatThrownBy(() -> u.as("a", () -> cases.completeStep(id, 1, "同意"))).isInstanceOf(CaseStateException.class);
		clock.set(at(3, 12, 9));
		CaseFile resumed = u.as("a", () -> cases.resume(id));

		// paused Tuesday and Wednesday (10, 11 March): the deadline moves from 16 to 18 March
		assertThat(resumed.deadline()).isEqualTo(LocalDate.of(2026, 3, 18));
		CaseDetails details = cases.details(id, DataScope.wholeRegionScope());
		assertThat(details.pauses()).singleElement().satisfies(p -> {
			assertThat(p.plannedDays()).isEqualTo(5);
			assertThat(p.workingDays()).isEqualTo(2);
		});
		assertThat(details.documents()).extracting(CaseDocument::kind).contains("SUSPENSION_NOTICE");
	}

	@Test
	void aPauseForAProcedureTheLawCountsInTheLimitIsRefused() {
		CaseworkUnit u = unit();
		long id = accepted(u);

		assertThatThrownBy(() -> u.as("a", () -> cases.suspend(id, PauseKind.SPECIAL_PROCEDURE, "开会研究", "研究", 3)))
			.hasMessage("casework.pause.notExcluded");
	}

	@Test
	void anExtensionApprovedByTheDeputyMovesTheDeadlineAndTellsTheApplicantInWriting() {
		CaseworkUnit u = unit();
		long id = accepted(u);

		CaseExtension requested = u.as("a", () -> cases.requestExtension(id, 3, "需补充现场核查"));
		assertThat(requested.deciderStaffId()).isEqualTo(u.deputy.id());
		assertThat(u.as("d", () -> cases.extensionsAwaitingMe())).extracting(CaseExtension::id).contains(requested.id());
		assertThatThrownBy(() -> u.as("h", () -> cases.decideExtension(requested.id(), ExtensionDecision.APPROVED, null)))
			.isInstanceOf(NotYourWorkException.class);
		CaseExtension approved = u.as("d", () -> cases.decideExtension(requested.id(), ExtensionDecision.APPROVED, "同意"));

		assertThat(approved.deadlineAfter()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(cases.caseFile(id).deadline()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(cases.details(id, DataScope.wholeRegionScope()).documents()).extracting(CaseDocument::kind)
			.contains("EXTENSION_NOTICE");
		assertThatThrownBy(() -> u.as("a", () -> cases.requestExtension(id, 1, "再延"))).hasMessage(
				"casework.extension.beyondMaximum");
	}

	@Test
	void aCaseIsCompletedAfterItsLastStepAndDeliveredWithinTenDays() {
		CaseworkUnit u = unit();
		long id = accepted(u);
		u.as("a", () -> cases.completeStep(id, 1, "同意"));
		assertThatThrownBy(() -> u.as("h", () -> cases.complete(id, "食品经营许可证", "JY1520999000001")))
			.hasMessage("casework.complete.stepOpen");
		u.as("r", () -> cases.signStep(id, 2));
		u.as("r", () -> cases.completeStep(id, 2, "审核通过"));
		u.as("h", () -> cases.completeStep(id, 3, "准予许可"));

		CaseFile completed = u.as("h", () -> cases.complete(id, "食品经营许可证", "JY1520999000001"));
		CaseFile delivered = u.as("c", () -> cases.deliver(id, DeliveryMethod.PICKUP, LocalDate.of(2026, 3, 9)));

		assertThat(completed.state()).isEqualTo(CaseState.COMPLETED);
		assertThat(delivered.state()).isEqualTo(CaseState.DELIVERED);
		assertThat(jdbc.sql("select on_time from casework.commitment_fact where case_id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void withoutANoticeWithinFiveWorkingDaysTheCaseCountsAsAcceptedOnTheDayOfReceipt() {
		CaseworkUnit u = unit();
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		clock.set(at(3, 17, 9));

		assertThatThrownBy(() -> u.as("c", () -> cases.issueCorrectionNotice(id,
				List.of(new MaterialDefect(2, null, DefectKind.MISSING, null)), null)))
			.hasMessage("casework.notice.periodOver");
		cases.acceptWhereNoticePeriodPassed();

		CaseDetails details = cases.details(id, DataScope.wholeRegionScope());
		assertThat(details.file().acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(details.deemedAccepted()).isTrue();
	}

	@Test
	void aRefusalTakesEffectOnlyWhenTheRefusalRecordsConfirmIt() {
		CaseworkUnit u = unit();
		long id = accepted(u);
		caseRefusals.refusalFiled(new CaseId(id), new RefusalId(41));
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.REFUSAL_PENDING);

		assertThatThrownBy(() -> caseRefusals.refusalTookEffect(new CaseId(id), new RefusalId(41))).hasMessage("casework.refusal.notConfirmed");
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.REFUSAL_PENDING);
		refusals.confirm(41, id);
		caseRefusals.refusalTookEffect(new CaseId(id), new RefusalId(41));

		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.COMPLETED);
		assertThat(cases.details(id, DataScope.wholeRegionScope()).result()).isEqualTo(CaseResult.REFUSED);
		caseRefusals.refusalFoundWrong(new CaseId(id), new RefusalId(41), "理由不充分");
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.ACCEPTED);
	}

	@Test
	void aRefusalBeforeAcceptanceEndsNotAcceptedAndAnOverruledOneReturnsToItsState() {
		CaseworkUnit u = unit();
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		caseRefusals.refusalFiled(new CaseId(id), new RefusalId(51));
		caseRefusals.refusalOverruled(new CaseId(id), new RefusalId(51), "材料可补正，请出具一次性告知");
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.RECEIVED);

		caseRefusals.refusalFiled(new CaseId(id), new RefusalId(52));
		refusals.confirm(52, id);
		caseRefusals.refusalTookEffect(new CaseId(id), new RefusalId(52));

		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.NOT_ACCEPTED);
		assertThat(cases.details(id, DataScope.wholeRegionScope()).history()).extracting(CaseHistoryEntry::note)
			.anyMatch(note -> note != null && note.contains("材料可补正"));
		assertThatThrownBy(() -> caseRefusals.refusalFiled(new CaseId(id), new RefusalId(53))).isInstanceOf(CaseStateException.class);
	}

	@Test
	void archivedDocumentsAreKeptOncePerNumberAndIdentityMatchesTheApplicantExactly() {
		CaseworkUnit u = unit();
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();

		caseRefusals.archiveDocument(new CaseId(id), "不予受理通知书", "测不受〔2026〕1号", new byte[] { 1, 2 }, true);
		caseRefusals.archiveDocument(new CaseId(id), "不予受理通知书", "测不受〔2026〕1号", new byte[] { 1, 2 }, true);

		assertThat(cases.details(id, DataScope.wholeRegionScope()).documents()).filteredOn(d -> d.kind().equals("ARCHIVED"))
			.hasSize(1);
		assertThat(cases.identityMatches(id, " 11010519491231002x ")).isTrue();
		assertThat(cases.identityMatches(id, "110105194912310029")).isFalse();
	}

	@Test
	void personalDataIsEncryptedAtRestAndMaskedInTheCaseFile() {
		CaseworkUnit u = unit();
		CaseFile file = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null));

		Map<String, Object> row = jdbc.sql("select * from casework.case_file where id = :id").param("id", file.id())
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch(value -> value != null
				&& (value.toString().contains(CaseworkUnit.RESIDENT_ID) || value.toString().contains(CaseworkUnit.PHONE)));
		assertThat(file.applicant().maskedIdNumber()).isEqualTo("1101**********002X");
		assertThat(file.applicant().maskedPhone()).isEqualTo("138****8000");
		assertThat(cases.fullIdentity(file.id()).idNumber()).isEqualTo(CaseworkUnit.RESIDENT_ID);
	}

	@Test
	void aWrongCheckCharacterIsRefusedAndNothingIsStored() {
		CaseworkUnit u = unit();
		long before = jdbc.sql("select count(*) from casework.case_file").query(Long.class).single();

		assertThatThrownBy(() -> u.as("c", () -> cases.submit(u.submission(CaseworkUnit.WRONG_CHECK), null)))
			.isInstanceOf(IdentityNumberInvalidException.class);
		assertThat(jdbc.sql("select count(*) from casework.case_file").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theSameIdempotencyKeyGivesTheFirstCaseBack() {
		CaseworkUnit u = unit();
		CaseFile first = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), "key-" + u.tag));
		CaseFile again = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), "key-" + u.tag));

		assertThat(again.id()).isEqualTo(first.id());
	}

	@Test
	void aDeadlineTurnsYellowThenRedOnceEach() {
		CaseworkUnit u = unit();
		long id = accepted(u);

		clock.set(at(3, 13, 9));
		cases.markDeadlineStatuses();
		assertThat(status(id)).isEqualTo("YELLOW");
		clock.set(at(3, 17, 9));
		cases.markDeadlineStatuses();
		assertThat(status(id)).isEqualTo("RED");
		assertThat(u.as("h", "ROLE_DEPT_HEAD", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.RED), null, null, 20)).rows())
			.extracting(CaseSummary::id)
			.contains(id);
	}

	@Test
	void theYellowListHoldsTheCasesDueWithinTheWarningWindowBeforeAnySweepMarksThem() {
		CaseworkUnit u = unit();
		long red = accepted(u);
		clock.set(at(3, 11, 9));
		long yellow = accepted(u);
		clock.set(at(3, 17, 9));
		long normal = accepted(u);
		List<Long> mine = List.of(red, yellow, normal);
		// the case page computes each status from the calendar on the day: the list must agree with it
		List<Long> expected = mine.stream()
			.filter(id -> cases.details(id, DataScope.wholeRegionScope()).status() == DeadlineStatus.YELLOW)
			.toList();

		List<Long> listed = u.as("h", "ROLE_DEPT_HEAD", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.YELLOW), null, null, 200))
			.rows()
			.stream()
			.map(CaseSummary::id)
			.filter(mine::contains)
			.toList();

		assertThat(expected).containsExactly(yellow);
		assertThat(listed).containsExactlyElementsOf(expected);
	}

	@Test
	void theClerksListHoldsTheSubmissionsTheyRegistered() {
		CaseworkUnit u = unit();
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();

		assertThat(u.as("c", "ROLE_WINDOW_CLERK",
				() -> cases.search(new CaseQuery(null, null, null, null, null, null, null, null, null), null, null, 20)).rows())
			.extracting(CaseSummary::id)
			.containsExactly(id);
	}

	@Test
	void aNameOfOneOrTwoCharactersMatchesOnlyTheNamesStartingWithIt() {
		CaseworkUnit u = unit();
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		java.util.function.Function<String, org.xiaoneng.common.KeysetPage<CaseSummary>> byName = name -> cases.search(
				new CaseQuery(null, null, name, null, u.item.id(), null, null, null, null), null, null, 20);

		assertThat(byName.apply("张三").rows()).extracting(CaseSummary::id).containsExactly(id);
		assertThat(byName.apply("张").rows()).extracting(CaseSummary::id).containsExactly(id);
		assertThat(byName.apply("三丰").rows()).isEmpty();
		assertThat(byName.apply("张三丰").rows()).extracting(CaseSummary::id).containsExactly(id);
		assertThat(byName.apply("张三")).extracting(org.xiaoneng.common.KeysetPage::total, org.xiaoneng.common.KeysetPage::totalExact).containsExactly(1L, true);
	}

	@Test
	void theOpenStepIsOnTheHoldersHandoverList() {
		CaseworkUnit u = unit();
		long id = accepted(u);

		assertThat(substitutes.handoverPreview(new StaffId(u.handler.id()))).extracting(org.xiaoneng.common.WorkItem::id)
			.contains(String.valueOf(id));
	}

	@Test
	void completedAndRatedCasesFeedTheCommitmentMeasurementsAndTheExchangeCodesRunTheOtherWay() {
		CaseworkUnit u = unit();
		long id = accepted(u);
		u.as("a", () -> cases.completeStep(id, 1, "同意"));
		u.as("r", () -> cases.signStep(id, 2));
		u.as("r", () -> cases.completeStep(id, 2, "同意"));
		u.as("h", () -> cases.completeStep(id, 3, "准予"));
		u.as("h", () -> cases.complete(id, "许可证", "X" + u.tag));
		portal.rate(id, new NewRating(5, 4, 5, 5, "很好", RatingChannel.WINDOW_TABLET), clock.instant());
		LocalDate from = LocalDate.of(2026, 3, 1);
		LocalDate to = LocalDate.of(2026, 3, 31);

		assertThat(measurements.measure(new UnitId(u.unit.id()), CommitmentMetric.ON_TIME_COMPLETION_RATE, from, to))
			.contains(new Measurement(new java.math.BigDecimal("100.0"), 1));
		assertThat(measurements.measure(new UnitId(u.unit.id()), CommitmentMetric.SAME_DAY_SIGN_OFF_RATE, from, to))
			.contains(new Measurement(new java.math.BigDecimal("100.0"), 2));
		assertThat(measurements.measure(new UnitId(u.unit.id()), CommitmentMetric.SATISFACTION_RATE, from, to)).get()
			.extracting(Measurement::sampleSize).isEqualTo(1L);
		assertThat(portal.ratingsForExchange(new UnitId(u.unit.id()), from, to)).singleElement()
			.satisfies(r -> assertThat(r.overallLevel()).isEqualTo(1))
			.satisfies(r -> assertThat(r.efficiencyLevel()).isEqualTo(2));
	}

	private String status(long id) {
		return jdbc.sql("select deadline_status from casework.case_file where id = :id").param("id", id).query(String.class).single();
	}

	private long accepted(CaseworkUnit u) {
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));
		return id;
	}

	/** Issues the staff member a badge once the organisation's events about them were handled; its number. */
	private String badgeOf(StaffMember staff) {
		assertThat(listeners.await(Duration.ofSeconds(20))).as("listeners at rest").isTrue();
		return BadgeUnit.admin(() -> badges.issue(new StaffId(staff.id()), "")).number();
	}

	private CaseworkUnit unit() {
		return new CaseworkUnit(organization, substitutes, catalog);
	}

	private String pdfText(long caseId, long documentId) {
		return PdfText.of(cases.storedPdf(caseId, documentId).pdf());
	}
}
