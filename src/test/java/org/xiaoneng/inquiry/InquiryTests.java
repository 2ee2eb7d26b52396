package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.InquiryId;

/** The rules of an inquiry's life, on the aggregate alone: no Spring, no database. */
class InquiryTests {

	/** Monday 2 March 2026, 10:00 in Beijing. */
	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 5);

	private static final InquiryId ID = new InquiryId(1);

	private static final Holder CLERK = new Holder(11, "S011", 101L);

	private static final Holder HANDLER = new Holder(12, "S012", 102L);

	private static final Holder HEAD = new Holder(13, "S013", 102L);

	private static final long WINDOW_POST = 501;

	private static final long FOOD_POST = 502;

	private static final long LICENCE_POST = 503;

	private static final long ARCHIVE_POST = 504;

	private static final ExternalAuthority TAX = new ExternalAuthority(7, "示范县税务局", "0851-12366", "人民路 18 号",
			"税务登记");

	// ---- registering ------------------------------------------------------------------------------------------

	@Test
	void anOrdinaryMatterIsRegisteredOpenWithItsFirstResponderAndPublishesInquiryRegistered() {
		Inquiry inquiry = ordinary();
		assertThat(inquiry.state()).isEqualTo(InquiryState.OPEN);
		assertThat(inquiry.handlerId()).isEqualTo(CLERK.id());
		assertThat(inquiry.departmentId()).isEqualTo(CLERK.departmentId());
		assertThat(inquiry.entry().acknowledgedAt()).isEqualTo(NOW);
		assertThat(inquiry.newSteps()).singleElement().satisfies(step -> {
			assertThat(step.kind()).isEqualTo(StepKind.REGISTERED);
			assertThat(step.postId()).isEqualTo(WINDOW_POST);
			assertThat(step.staffId()).isEqualTo(CLERK.id());
		});
		assertThat(inquiry.events()).containsExactly(
				new InquiryRegistered(ID, 1, InquiryCategory.CONSULTATION, CLERK.id(), NOW));
	}

	@Test
	void aComplaintIsRegisteredIntoTheSupervisorsQueueHeldByNobody() {
		Inquiry complaint = complaint(false);
		assertThat(complaint.state()).isEqualTo(InquiryState.WITH_SUPERVISORS);
		assertThat(complaint.handlerId()).isNull();
		assertThat(complaint.departmentId()).isNull();
		assertThat(complaint.events()).singleElement().isInstanceOf(InquiryRegistered.class);
	}

	@Test
	void aSubmissionFromThePortalRecordsItsFirstStepWithoutAPostOrAPerson() {
		Inquiry inquiry = Inquiry.registerOrdinary(facts(InquiryCategory.CONSULTATION, true, false, null),
				CLERK, WINDOW_POST, null, TODAY, DEADLINE, "public", NOW);
		assertThat(inquiry.newSteps()).singleElement().satisfies(step -> {
			assertThat(step.byName()).isEqualTo("public");
			assertThat(step.postId()).isNull();
			assertThat(step.staffId()).isNull();
		});
		assertThat(inquiry.entry().acknowledgedAt()).isNull();
	}

	@Test
	void aComplaintCannotBeRegisteredAsAnOrdinaryMatterNorAConsultationAsAComplaint() {
		assertThatThrownBy(() -> Inquiry.registerOrdinary(facts(InquiryCategory.COMPLAINT, false, false, null), CLERK,
				WINDOW_POST, NOW, TODAY, DEADLINE, "clerk", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Inquiry.registerConfidential(facts(InquiryCategory.CONSULTATION, false, true, null),
				TODAY, DEADLINE, "clerk", NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// ---- acknowledging and answering --------------------------------------------------------------------------

	@Test
	void aMatterIsAcknowledgedOnceAndASecondAcknowledgementChangesNothing() {
		Inquiry inquiry = handedToHandler();
		assertThat(inquiry.acknowledge("handler", NOW.plusSeconds(60))).isTrue();
		assertThat(inquiry.acknowledge("handler", NOW.plusSeconds(120))).isFalse();
		assertThat(inquiry.entry().acknowledgedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(inquiry.newSteps()).extracting(InquiryStep::kind).containsOnlyOnce(StepKind.ACKNOWLEDGED);
	}

	@Test
	void answeringClosesTheMatterWithTheAnswerAndPublishesInquiryClosed() {
		Inquiry inquiry = saved(ordinary());
		inquiry.answer("  登报声明后到窗口申请补领。 ", "clerk", NOW);
		RegisterEntry entry = inquiry.entry();
		assertThat(entry.state()).isEqualTo(InquiryState.CLOSED);
		assertThat(entry.outcome()).isEqualTo(InquiryOutcome.ANSWERED);
		assertThat(entry.answer()).isEqualTo("登报声明后到窗口申请补领。");
		assertThat(entry.closedAt()).isEqualTo(NOW);
		assertThat(inquiry.progress().closedBy()).isEqualTo("clerk");
		assertThat(inquiry.events()).containsExactly(
				new InquiryClosed(ID, 1, CLERK.id(), CLERK.id(), InquiryOutcome.ANSWERED, NOW));
		assertThat(inquiry.newSteps()).singleElement().satisfies(step -> {
			assertThat(step.kind()).isEqualTo(StepKind.ANSWERED);
			assertThat(step.text()).isEqualTo("登报声明后到窗口申请补领。");
		});
	}

	@Test
	void aMatterCannotBeClosedWithoutAnAnswer() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.answer(" ", "clerk", NOW)).isInstanceOf(AnswerRequiredException.class);
		assertThatThrownBy(() -> inquiry.answer(null, "clerk", NOW)).isInstanceOf(AnswerRequiredException.class);
		assertThat(inquiry.state()).isEqualTo(InquiryState.OPEN);
		assertThat(inquiry.events()).isEmpty();
	}

	@Test
	void anAnswerLongerThanFourThousandCharactersIsRefused() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.answer("答".repeat(4001), "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThat(inquiry.closed()).isFalse();
	}

	@Test
	void aClosedMatterCannotBeAnsweredPromisedHandedOverOrExtendedAgain() {
		Inquiry inquiry = saved(ordinary());
		inquiry.answer("已答复", "clerk", NOW);
		assertThatThrownBy(() -> inquiry.answer("再答", "clerk", NOW)).isInstanceOf(InquiryClosedException.class);
		assertThatThrownBy(() -> inquiry.promise(DEADLINE, null, TODAY, "clerk", NOW))
			.isInstanceOf(InquiryClosedException.class);
		assertThatThrownBy(() -> inquiry.handOver(FOOD_POST, HANDLER, false, TODAY, null, List.of(), "clerk", NOW))
			.isInstanceOf(InquiryClosedException.class);
		assertThatThrownBy(() -> inquiry.requestExtension(3, "材料待补", TODAY, "clerk", NOW))
			.isInstanceOf(InquiryClosedException.class);
	}

	@Test
	void aComplaintTakesNoneOfTheOutcomePathsOfAnOrdinaryMatter() {
		Inquiry complaint = saved(complaint(false));
		assertThatThrownBy(() -> complaint.answer("答复", "supervisor", NOW)).isInstanceOf(NotTheHandlerException.class);
		assertThatThrownBy(() -> complaint.refer(TAX, null, "supervisor", NOW))
			.isInstanceOf(NotTheHandlerException.class);
		assertThatThrownBy(() -> complaint.escalate(HEAD, TODAY, null, "supervisor", NOW))
			.isInstanceOf(NotTheHandlerException.class);
		assertThat(complaint.state()).isEqualTo(InquiryState.WITH_SUPERVISORS);
	}

	@Test
	void onlyAMatterClosedByARefusalReopensWhenTheRefusalIsFoundWrongWithItsHandler() {
		Inquiry refused = saved(ordinary());
		refused.refused("不予办理通知书 示市监不办〔2026〕1号：不符合条件", "clerk", NOW);
		Inquiry answered = saved(ordinary());
		answered.answer("已答复", "clerk", NOW);
		saved(refused);

		refused.refusalFoundWrong("来访人符合条件，不应不予办理", "supervisor", NOW);

		RegisterEntry entry = refused.entry();
		assertThat(entry.state()).isEqualTo(InquiryState.OPEN);
		assertThat(entry.outcome()).isNull();
		assertThat(entry.answer()).isNull();
		assertThat(entry.closedAt()).isNull();
		assertThat(entry.handlerId()).isEqualTo(CLERK.id());
		assertThat(refused.newSteps()).singleElement().satisfies(step -> {
			assertThat(step.kind()).isEqualTo(StepKind.REOPENED);
			assertThat(step.text()).isEqualTo("来访人符合条件，不应不予办理");
		});
		assertThatThrownBy(() -> answered.refusalFoundWrong("无", "supervisor", NOW))
			.isInstanceOf(IllegalStateException.class);
		assertThat(answered.closed()).isTrue();
	}

	@Test
	void aPromiseSetsTheDayAndAcknowledgesTheMatter() {
		Inquiry inquiry = handedToHandler();
		inquiry.promise(DEADLINE, " 需补充图纸 ", TODAY, "handler", NOW);
		assertThat(inquiry.entry().promisedBy()).isEqualTo(DEADLINE);
		assertThat(inquiry.entry().acknowledgedAt()).isEqualTo(NOW);
		assertThat(inquiry.newSteps()).last().satisfies(step -> {
			assertThat(step.kind()).isEqualTo(StepKind.PROMISED);
			assertThat(step.text()).isEqualTo(DEADLINE + " 需补充图纸");
		});
	}

	@Test
	void aPromiseNeedsADayNoEarlierThanTodayAndNoLaterThanTheDeadline() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.promise(null, null, TODAY, "clerk", NOW))
			.isInstanceOf(InquiryFieldRequiredException.class);
		assertThatThrownBy(() -> inquiry.promise(TODAY.minusDays(1), null, TODAY, "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThatThrownBy(() -> inquiry.promise(DEADLINE.plusDays(1), null, TODAY, "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThat(inquiry.entry().promisedBy()).isNull();
	}

	// ---- handing over -----------------------------------------------------------------------------------------

	@Test
	void handingOverGivesTheMatterToWhoeverActsForThePostToBeAcknowledgedAgain() {
		Inquiry inquiry = saved(ordinary());
		LocalDate acknowledgeBy = TODAY.plusDays(1);
		assertThat(inquiry.handOver(FOOD_POST, HANDLER, true, acknowledgeBy, "食品科职责", List.of(), "clerk", NOW))
			.isEmpty();
		RegisterEntry entry = inquiry.entry();
		assertThat(entry.handlerId()).isEqualTo(HANDLER.id());
		assertThat(entry.departmentId()).isEqualTo(HANDLER.departmentId());
		assertThat(entry.postId()).isEqualTo(FOOD_POST);
		assertThat(entry.handOvers()).isEqualTo(1);
		assertThat(entry.acknowledgeDue()).isEqualTo(acknowledgeBy);
		assertThat(entry.acknowledgedAt()).isNull();
		assertThat(entry.firstResponderId()).isEqualTo(CLERK.id());
		assertThat(inquiry.events()).containsExactly(
				new InquiryHandedOver(ID, 1, CLERK.id(), FOOD_POST, HANDLER.id(), true, NOW));
	}

	@Test
	void aMatterCannotBeHandedToThePostItSitsWith() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.handOver(WINDOW_POST, HANDLER, false, TODAY, null, List.of(), "clerk", NOW))
			.isInstanceOf(HandOverToSamePostException.class);
		assertThat(inquiry.entry().handOvers()).isZero();
	}

	@Test
	void withNobodyActingForThePostTheMatterStaysWithItsKeeperAndThePostOwesACallback() {
		Inquiry inquiry = handedToHandler();
		LocalDate due = TODAY.plusDays(1);
		assertThat(inquiry.keeperId()).isEqualTo(CLERK.id());
		inquiry.requestCallback(LICENCE_POST, CLERK, due, null, List.of(FOOD_POST), "handler", NOW);
		RegisterEntry entry = inquiry.entry();
		assertThat(entry.state()).isEqualTo(InquiryState.AWAITING_CALLBACK);
		assertThat(entry.handlerId()).isEqualTo(CLERK.id());
		assertThat(entry.departmentId()).isEqualTo(CLERK.departmentId());
		assertThat(entry.callbackPostId()).isEqualTo(LICENCE_POST);
		assertThat(entry.callbackDue()).isEqualTo(due);
		assertThat(entry.postId()).isEqualTo(FOOD_POST);
		assertThat(inquiry.events()).containsExactly(
				new InquiryHandedOver(ID, 1, HANDLER.id(), LICENCE_POST, null, false, NOW));
	}

	@Test
	void theThirdHandOverWithoutAnAnswerFlagsBuckPassingOnceWithTheWholeChain() {
		Inquiry inquiry = saved(ordinary());
		assertThat(inquiry.handOver(FOOD_POST, HANDLER, false, TODAY, null, List.of(), "clerk", NOW)).isEmpty();
		assertThat(inquiry.handOver(LICENCE_POST, CLERK, false, TODAY, null, List.of(FOOD_POST), "handler", NOW))
			.isEmpty();
		assertThat(inquiry.handOver(ARCHIVE_POST, HANDLER, false, TODAY, null, List.of(FOOD_POST, LICENCE_POST),
				"clerk", NOW))
			.hasValue(new BuckPassingDetected(ID, 1, List.of(FOOD_POST, LICENCE_POST, ARCHIVE_POST), 3, NOW));
		assertThat(inquiry.entry().buckPassing()).isTrue();
		assertThat(inquiry.newSteps()).extracting(InquiryStep::kind).containsOnlyOnce(StepKind.BUCK_PASSING_FLAGGED);
		assertThat(inquiry.requestCallback(FOOD_POST, CLERK, TODAY, null,
				List.of(FOOD_POST, LICENCE_POST, ARCHIVE_POST), "handler", NOW))
			.isEmpty();
		assertThat(inquiry.events()).filteredOn(BuckPassingDetected.class::isInstance).hasSize(1);
	}

	@Test
	void theBuckPassingPolicyAllowsTwoHandOversAndFlagsTheThirdOnlyOnce() {
		assertThat(BuckPassingPolicy.flags(2, false)).isFalse();
		assertThat(BuckPassingPolicy.flags(3, false)).isTrue();
		assertThat(BuckPassingPolicy.flags(4, true)).isFalse();
	}

	@Test
	void aCallbackTakenPutsTheMatterWithTheTakerAcknowledgedAtOnce() {
		Inquiry inquiry = saved(ordinary());
		inquiry.requestCallback(FOOD_POST, CLERK, TODAY, null, List.of(), "clerk", NOW);
		inquiry.takeCallback(HANDLER, "handler", NOW.plusSeconds(600));
		RegisterEntry entry = inquiry.entry();
		assertThat(entry.state()).isEqualTo(InquiryState.OPEN);
		assertThat(entry.handlerId()).isEqualTo(HANDLER.id());
		assertThat(entry.postId()).isEqualTo(FOOD_POST);
		assertThat(entry.callbackPostId()).isNull();
		assertThat(entry.callbackDue()).isNull();
		assertThat(entry.acknowledgedAt()).isEqualTo(NOW.plusSeconds(600));
	}

	@Test
	void onlyAMatterAwaitingACallbackCanBeTakenAsOne() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.takeCallback(HANDLER, "handler", NOW))
			.isInstanceOf(NotTheHandlerException.class);
		assertThat(inquiry.handlerId()).isEqualTo(CLERK.id());
	}

	@Test
	void escalatingGivesTheMatterToTheAuthorityWhileTheFirstResponderStillOwesTheAnswer() {
		Inquiry inquiry = saved(ordinary());
		inquiry.escalate(HEAD, TODAY.plusDays(1), "职责不清", "clerk", NOW);
		RegisterEntry entry = inquiry.entry();
		assertThat(entry.state()).isEqualTo(InquiryState.ESCALATED);
		assertThat(entry.handlerId()).isEqualTo(HEAD.id());
		assertThat(entry.firstResponderId()).isEqualTo(CLERK.id());
		assertThat(entry.acknowledgedAt()).isNull();
		assertThat(inquiry.newSteps()).last().satisfies(step -> assertThat(step.staffId()).isEqualTo(HEAD.id()));
	}

	@Test
	void referringClosesWithTheAuthorityAndItsPhoneAsTheAnswer() {
		Inquiry inquiry = saved(ordinary());
		inquiry.refer(TAX, "带营业执照", "clerk", NOW);
		RegisterEntry entry = inquiry.entry();
		assertThat(entry.outcome()).isEqualTo(InquiryOutcome.REFERRED);
		assertThat(entry.authorityId()).isEqualTo(TAX.id());
		assertThat(entry.answer()).isEqualTo("示范县税务局 0851-12366 人民路 18 号；带营业执照");
		assertThat(inquiry.events()).singleElement().isInstanceOf(InquiryClosed.class);
	}

	@Test
	void aNoteLongerThanFourThousandCharactersIsRefusedOnEveryPath() {
		Inquiry inquiry = saved(ordinary());
		String tooLong = "注".repeat(4001);
		assertThatThrownBy(() -> inquiry.handOver(FOOD_POST, HANDLER, false, TODAY, tooLong, List.of(), "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThatThrownBy(() -> inquiry.escalate(HEAD, TODAY, tooLong, "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThatThrownBy(() -> inquiry.refer(TAX, tooLong, "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThat(inquiry.entry().state()).isEqualTo(InquiryState.OPEN);
		assertThat(inquiry.events()).isEmpty();
	}

	@Test
	void aGuideIsSentOnlyForAMatterNamingAnItem() {
		Inquiry withoutItem = saved(ordinary());
		assertThatThrownBy(() -> withoutItem.guideSent("营业执照", "clerk", NOW))
			.isInstanceOf(InquiryFieldRequiredException.class);
		Inquiry intent = saved(Inquiry.registerOrdinary(facts(InquiryCategory.APPLICATION_INTENT, false, false, 77L),
				CLERK, WINDOW_POST, NOW, TODAY, DEADLINE, "clerk", NOW));
		assertThat(intent.guideItem()).isEqualTo(77L);
		intent.guideSent("营业执照", "clerk", NOW);
		assertThat(intent.newSteps()).singleElement().satisfies(step -> assertThat(step.kind()).isEqualTo(StepKind.GUIDE_SENT));
	}

	// ---- time limits ------------------------------------------------------------------------------------------

	@Test
	void anExtensionIsRequestedWithOneToThirtyWorkingDaysAndAReason() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.requestExtension(0, "理由", TODAY, "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThatThrownBy(() -> inquiry.requestExtension(31, "理由", TODAY, "clerk", NOW))
			.isInstanceOf(InquiryFieldInvalidException.class);
		assertThatThrownBy(() -> inquiry.requestExtension(3, " ", TODAY, "clerk", NOW))
			.isInstanceOf(InquiryFieldRequiredException.class);
		inquiry.requestExtension(3, " 需现场核查 ", TODAY, "clerk", NOW);
		assertThat(inquiry.extension().days()).isEqualTo(3);
		assertThat(inquiry.entry().extensionReason()).isEqualTo("需现场核查");
		assertThat(inquiry.extension().requestedBy()).isEqualTo("clerk");
		assertThat(inquiry.entry().extensionApprovedBy()).isNull();
	}

	@Test
	void anExtensionCannotBeRequestedAfterTheDeadline() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.requestExtension(3, "理由", DEADLINE.plusDays(1), "clerk", NOW))
			.isInstanceOf(ExtensionAfterDeadlineException.class);
		assertThat(inquiry.extension().days()).isNull();
	}

	@Test
	void approvingAnExtensionMovesTheDeadlineAndASecondApprovalIsRefused() {
		Inquiry inquiry = saved(ordinary());
		inquiry.requestExtension(3, "需现场核查", TODAY, "clerk", NOW);
		inquiry.approveExtension(DEADLINE.plusDays(5), TODAY, "head", NOW);
		assertThat(inquiry.deadline()).isEqualTo(DEADLINE.plusDays(5));
		assertThat(inquiry.entry().extensionApprovedBy()).isEqualTo("head");
		assertThatThrownBy(() -> inquiry.approveExtension(DEADLINE.plusDays(9), TODAY, "head", NOW))
			.isInstanceOf(NoExtensionRequestedException.class);
		assertThat(inquiry.deadline()).isEqualTo(DEADLINE.plusDays(5));
	}

	@Test
	void anExtensionCannotBeApprovedWithoutARequestNorAfterTheDeadline() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(inquiry::requireExtensionRequested).isInstanceOf(NoExtensionRequestedException.class);
		inquiry.requestExtension(3, "需现场核查", TODAY, "clerk", NOW);
		assertThatThrownBy(() -> inquiry.approveExtension(DEADLINE.plusDays(5), DEADLINE.plusDays(1), "head", NOW))
			.isInstanceOf(ExtensionAfterDeadlineException.class);
		assertThat(inquiry.deadline()).isEqualTo(DEADLINE);
	}

	@Test
	void anOpenMatterPastItsDeadlineIsReportedOverdueOnce() {
		Inquiry inquiry = saved(ordinary());
		assertThat(inquiry.reportOverdue(DEADLINE)).isFalse();
		assertThat(inquiry.reportOverdue(DEADLINE.plusDays(1))).isTrue();
		assertThat(inquiry.reportOverdue(DEADLINE.plusDays(2))).isFalse();
		assertThat(inquiry.events()).containsExactly(
				new InquiryOverdue(ID, 1, CLERK.departmentId(), CLERK.id(), DEADLINE));
	}

	@Test
	void aClosedMatterIsNeverReportedOverdue() {
		Inquiry inquiry = saved(ordinary());
		inquiry.answer("已答复", "clerk", NOW);
		assertThat(inquiry.reportOverdue(DEADLINE.plusDays(10))).isFalse();
		assertThat(inquiry.events()).noneMatch(InquiryOverdue.class::isInstance);
	}

	// ---- complaints and reports -------------------------------------------------------------------------------

	@Test
	void theAcceptanceOfARealNameComplaintIsNotifiedOnce() {
		Inquiry complaint = saved(complaint(false));
		complaint.notifyAcceptance("supervisor", NOW);
		assertThat(complaint.entry().acceptanceNotifiedAt()).isEqualTo(NOW);
		assertThat(complaint.entry().acknowledgedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> complaint.notifyAcceptance("supervisor", NOW.plusSeconds(60)))
			.isInstanceOf(InquiryClosedException.class);
	}

	@Test
	void anAnonymousReportAndAnOrdinaryMatterHaveNoNoticeOfAcceptance() {
		assertThatThrownBy(() -> saved(complaint(true)).notifyAcceptance("supervisor", NOW))
			.isInstanceOf(InquiryClosedException.class);
		assertThatThrownBy(() -> saved(ordinary()).notifyAcceptance("supervisor", NOW))
			.isInstanceOf(InquiryClosedException.class);
	}

	@Test
	void aSubstantiatedComplaintIsClosedByItsVerificationAndPublishesComplaintSubstantiatedWithoutTheReplyInTheHistory() {
		Inquiry complaint = saved(complaint(false));
		complaint.verify(Verification.PARTLY_SUBSTANTIATED, " 部分属实 ", " 已责令整改，张三同志 ", "supervisor", NOW);
		RegisterEntry entry = complaint.entry();
		assertThat(entry.state()).isEqualTo(InquiryState.CLOSED);
		assertThat(entry.outcome()).isEqualTo(InquiryOutcome.VERIFIED);
		assertThat(entry.findings()).isEqualTo("部分属实");
		assertThat(entry.answer()).isEqualTo("已责令整改，张三同志");
		assertThat(complaint.newSteps()).singleElement().satisfies(step -> assertThat(step.text()).isNull());
		assertThat(complaint.events()).containsExactly(
				new InquiryClosed(ID, 1, CLERK.id(), null, InquiryOutcome.VERIFIED, NOW),
				new ComplaintSubstantiated(ID, 1L, 102L, 99L, Verification.PARTLY_SUBSTANTIATED, NOW, null));
	}

	@Test
	void aComplaintFoundNotSubstantiatedIsClosedWithoutComplaintSubstantiated() {
		Inquiry complaint = saved(complaint(false));
		complaint.verify(Verification.NOT_SUBSTANTIATED, "不属实", "经核实不属实", "supervisor", NOW);
		assertThat(complaint.closed()).isTrue();
		assertThat(complaint.events()).noneMatch(ComplaintSubstantiated.class::isInstance);
	}

	@Test
	void aVerificationNeedsAFindingFindingsAndAReplyAndComesOnce() {
		Inquiry complaint = saved(complaint(false));
		assertThatThrownBy(() -> complaint.verify(null, "查明", "答复", "supervisor", NOW))
			.isInstanceOf(InquiryFieldRequiredException.class);
		assertThatThrownBy(() -> complaint.verify(Verification.SUBSTANTIATED, " ", "答复", "supervisor", NOW))
			.isInstanceOf(InquiryFieldRequiredException.class);
		assertThatThrownBy(() -> complaint.verify(Verification.SUBSTANTIATED, "查明", null, "supervisor", NOW))
			.isInstanceOf(AnswerRequiredException.class);
		assertThat(complaint.closed()).isFalse();
		complaint.verify(Verification.SUBSTANTIATED, "查明", "答复", "supervisor", NOW);
		assertThatThrownBy(() -> complaint.verify(Verification.SUBSTANTIATED, "查明", "答复", "supervisor", NOW))
			.isInstanceOf(InquiryClosedException.class);
	}

	@Test
	void anOrdinaryMatterIsNeverVerifiedAsAComplaint() {
		Inquiry inquiry = saved(ordinary());
		assertThatThrownBy(() -> inquiry.verify(Verification.SUBSTANTIATED, "查明", "答复", "supervisor", NOW))
			.isInstanceOf(InquiryNotFoundException.class);
	}

	@Test
	void theRepositoryGetsEachStepAndEventOnceAndTheEntryShowsTheDayOfReceiptInBeijing() {
		Inquiry inquiry = ordinary();
		inquiry.saved();
		assertThat(inquiry.newSteps()).isEmpty();
		assertThat(inquiry.events()).isEmpty();
		Inquiry lateEvening = Inquiry.registerOrdinary(
				facts(InquiryCategory.CONSULTATION, false, false, null, Instant.parse("2026-03-01T17:30:00Z")), CLERK,
				WINDOW_POST, NOW, TODAY, DEADLINE, "clerk", NOW);
		assertThat(lateEvening.entry().receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	// ---- fixtures ---------------------------------------------------------------------------------------------

	private static Inquiry ordinary() {
		return Inquiry.registerOrdinary(facts(InquiryCategory.CONSULTATION, false, false, null), CLERK, WINDOW_POST,
				NOW, TODAY, DEADLINE, "clerk", NOW);
	}

	/** An ordinary matter now with the handler of the food post, not yet acknowledged. */
	private static Inquiry handedToHandler() {
		Inquiry inquiry = saved(ordinary());
		inquiry.handOver(FOOD_POST, HANDLER, false, TODAY, null, List.of(), "clerk", NOW);
		return saved(inquiry);
	}

	private static Inquiry complaint(boolean anonymous) {
		return Inquiry.registerConfidential(facts(InquiryCategory.COMPLAINT, false, anonymous, null), TODAY,
				LocalDate.of(2026, 3, 20), "clerk", NOW);
	}

	/** As the repository hands it back: what registering it recorded is stored. */
	private static Inquiry saved(Inquiry inquiry) {
		inquiry.saved();
		return inquiry;
	}

	private static InquiryFacts facts(InquiryCategory category, boolean publicSubmission, boolean anonymous,
			Long itemId) {
		return facts(category, publicSubmission, anonymous, itemId, NOW.minus(Duration.ofMinutes(5)));
	}

	private static InquiryFacts facts(InquiryCategory category, boolean publicSubmission, boolean anonymous,
			Long itemId, Instant received) {
		boolean confidential = category.confidential();
		return new InquiryFacts(ID, "QC" + category.ordinal(), 1, InquiryChannel.VISIT, category,
				received, "事项", confidential ? "内容" : null, anonymous, publicSubmission, CLERK.id(), CLERK.number(),
				confidential ? 1L : null, confidential ? 102L : null, confidential ? 99L : null,
				confidential && !anonymous ? LocalDate.of(2026, 3, 16) : null, itemId,
				List.of(new ReceivedMaterial("身份证", 1)), null);
	}
}
