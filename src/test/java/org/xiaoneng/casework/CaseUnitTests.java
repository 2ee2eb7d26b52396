package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.calendar.DeadlineStatus;

/** The rules of a case, asked of the aggregate alone: no Spring, no database. */
class CaseUnitTests {

	/** 2026-03-02 is a Monday; this calendar knows weekends and no holidays. */
	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static final CaseCalendar WEEKDAYS = new CaseCalendar() {

		@Override
		public LocalDate deadline(long unitId, LocalDate from, int workingDays) {
			LocalDate day = from;
			if (workingDays == 0) {
				while (weekend(day)) {
					day = day.plusDays(1);
				}
				return day;
			}
			for (int counted = 0; counted < workingDays;) {
				day = day.plusDays(1);
				counted += weekend(day) ? 0 : 1;
			}
			return day;
		}

		@Override
		public LocalDate naturalDeadline(long unitId, LocalDate from, int naturalDays) {
			return deadline(unitId, from.plusDays(naturalDays), 0);
		}

		@Override
		public int workingDaysBetween(long unitId, LocalDate from, LocalDate toInclusive) {
			int days = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
				days += weekend(day) ? 0 : 1;
			}
			return days;
		}

		/** This calendar warns on the natural day before the deadline. */
		@Override
		public LocalDate firstWarningDay(long unitId, LocalDate start, LocalDate deadline) {
			return deadline.minusDays(1).isBefore(start) ? start : deadline.minusDays(1);
		}

		private boolean weekend(LocalDate day) {
			return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		}
	};

	static final long WINDOW_DEPARTMENT = 10;

	static final long REVIEW_DEPARTMENT = 20;

	// ---- intake and the one-time notice ---------------------------------------------------------------------------

	@Test
	void aReceivedCaseOwesItsOneTimeNoticeWithinFiveWorkingDaysAndAnnouncesItselfOnceStored() {
		Case kase = Case.receive(intake(MONDAY), WEEKDAYS);
		assertThat(kase.releaseEvents()).isEmpty();

		kase.identify(7);

		assertThat(kase.state()).isEqualTo(CaseState.RECEIVED);
		assertThat(kase.notice().dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(kase.releaseEvents()).containsExactly(new CaseReceived(7, 1, 3, MONDAY));
	}

	@Test
	void noNoticeIsIssuedOnceTheFiveWorkingDaysHavePassed() {
		Case kase = received();

		assertThatThrownBy(() -> kase.issueCorrectionNotice(0, null, List.of(missing()), LocalDate.of(2026, 3, 10)))
			.hasMessage("casework.notice.periodOver");
		assertThat(kase.state()).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void aNoticeListingNothingIsRefused() {
		assertThatThrownBy(() -> received().issueCorrectionNotice(0, null, List.of(), MONDAY))
			.hasMessage("casework.notice.empty");
	}

	@Test
	void aNoticePutsTheCaseInCorrectionAndAnnouncesItsRound() {
		Case kase = received();

		CorrectionNoticeIssued issued = kase.issueCorrectionNotice(0, null, List.of(missing()), MONDAY);

		assertThat(kase.state()).isEqualTo(CaseState.AWAITING_CORRECTION);
		assertThat(issued).isEqualTo(new CorrectionNoticeIssued(1, 1, 1, false, MONDAY));
		assertThat(kase.releaseEvents()).containsExactly(issued);
	}

	@Test
	void aSecondNoticeNeedsAReason() {
		Case kase = corrected();

		assertThatThrownBy(() -> kase.issueCorrectionNotice(1, null, List.of(new NoticeDefect(false, 1)), MONDAY))
			.hasMessage("casework.notice.secondNeedsReason");
	}

	@Test
	void aSecondNoticeListsOnlyProblemsOfMaterialSuppliedSinceTheFirstAndCountsAsABreach() {
		Case kase = corrected();

		assertThatThrownBy(() -> kase.issueCorrectionNotice(1, "复印件不清", List.of(missing()), MONDAY))
			.hasMessage("casework.notice.secondOnlyNewMaterial");
		assertThatThrownBy(() -> kase.issueCorrectionNotice(1, "复印件不清", List.of(new NoticeDefect(false, 0)), MONDAY))
			.hasMessage("casework.notice.secondOnlyNewMaterial");
		CorrectionNoticeIssued second = kase.issueCorrectionNotice(1, "复印件不清", List.of(new NoticeDefect(false, 1)),
				MONDAY);

		assertThat(second.round()).isEqualTo(2);
		assertThat(second.breach()).isTrue();
	}

	@Test
	void aCorrectionBringsTheCaseBackForItsCheckWithFiveNewDaysForANotice() {
		Case kase = received();
		assertThatThrownBy(() -> kase.supplyCorrection(MONDAY, WEEKDAYS)).isInstanceOf(CaseStateException.class);
		kase.issueCorrectionNotice(0, null, List.of(missing()), MONDAY);

		kase.supplyCorrection(LocalDate.of(2026, 3, 4), WEEKDAYS);

		assertThat(kase.state()).isEqualTo(CaseState.RECEIVED);
		assertThat(kase.notice().lastSuppliedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(kase.notice().dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	// ---- acceptance ------------------------------------------------------------------------------------------------

	@Test
	void theDeadlineCountsFromTheWorkingDayAfterAcceptance() {
		Case kase = received();
		LocalDate friday = LocalDate.of(2026, 3, 6);

		CaseAccepted accepted = kase.accept("测〔2026〕1号", friday, at(friday), "clerk", false, 5, 8, false, procedure(),
				WEEKDAYS);

		assertThat(accepted.deadline()).isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(kase.state()).isEqualTo(CaseState.ACCEPTED);
		assertThat(kase.caseNumber()).isEqualTo("测〔2026〕1号");
		assertThat(kase.releaseEvents()).containsExactly(accepted);
	}

	@Test
	void anItemLimitedInNaturalDaysCountsEveryDay() {
		CaseAccepted accepted = received().accept("测〔2026〕1号", MONDAY, at(MONDAY), "clerk", false, 10, 15, true,
				procedure(), WEEKDAYS);

		assertThat(accepted.deadline()).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void aCaseCannotBeAcceptedTwice() {
		Case kase = accepted();

		assertThatThrownBy(() -> kase.accept("测〔2026〕2号", MONDAY, at(MONDAY), "clerk", false, 5, 8, false, procedure(),
				WEEKDAYS))
			.isInstanceOf(CaseStateException.class);
		assertThat(kase.caseNumber()).isEqualTo("测〔2026〕1号");
	}

	@Test
	void aCaseInCorrectionCannotBeAccepted() {
		Case kase = received();
		kase.issueCorrectionNotice(0, null, List.of(missing()), MONDAY);

		assertThatThrownBy(() -> kase.accept("测〔2026〕1号", MONDAY, at(MONDAY), "clerk", false, 5, 8, false, procedure(),
				WEEKDAYS))
			.isInstanceOf(CaseStateException.class);
	}

	@Test
	void anItemWithoutAProcedureCannotBeAccepted() {
		assertThatThrownBy(() -> received().accept("测〔2026〕1号", MONDAY, at(MONDAY), "clerk", false, 5, 8, false,
				List.of(), WEEKDAYS))
			.hasMessage("casework.item.noProcedure");
	}

	@Test
	void aCaseWithoutANoticeInTimeIsAcceptedByLawOnTheDayItsMaterialsWereComplete() {
		Case kase = received();

		kase.accept("测〔2026〕1号", MONDAY, at(LocalDate.of(2026, 3, 10)), "system", true, 5, 8, false, procedure(),
				WEEKDAYS);

		assertThat(kase.schedule().deemedAccepted()).isTrue();
		assertThat(kase.releaseEvents()).first().isEqualTo(new NoticeDeadlineMissed(1, 1, MONDAY));
	}

	// ---- steps -----------------------------------------------------------------------------------------------------

	@Test
	void aStepFromAnotherDepartmentIsSignedForOnItsWorkingDayOrLate() {
		Case kase = accepted();
		Step first = kase.steps().get(0);
		kase.assign(first, 5L, "S5", false, at(MONDAY), MONDAY, WINDOW_DEPARTMENT, WEEKDAYS);
		assertThat(first.needsSigning()).isTrue();
		assertThat(first.signBy()).isEqualTo(MONDAY);
		kase.releaseEvents();

		StepSigned signed = kase.signStep(1, at(MONDAY.plusDays(1)), MONDAY.plusDays(1), "handler");

		assertThat(signed.sameDay()).isFalse();
		assertThat(kase.state()).isEqualTo(CaseState.PROCESSING);
		assertThatThrownBy(() -> kase.signStep(1, at(MONDAY), MONDAY, "handler"))
			.hasMessage("casework.step.nothingToSign");
	}

	@Test
	void aStepOfTheSameDepartmentNeedsNoSignature() {
		Case kase = accepted();
		kase.assign(kase.steps().get(0), 5L, "S5", false, at(MONDAY), MONDAY, REVIEW_DEPARTMENT, WEEKDAYS);

		assertThatThrownBy(() -> kase.signStep(1, at(MONDAY), MONDAY, "handler"))
			.hasMessage("casework.step.nothingToSign");
	}

	@Test
	void aStepCompletedWithoutAnOpinionIsRefusedAndChangesNothing() {
		Case kase = assigned();

		assertThatThrownBy(() -> kase.completeStep(1, " ", at(MONDAY), MONDAY, 5L, "handler"))
			.hasMessage("casework.step.opinionMissing");
		assertThat(kase.steps().get(0).open()).isTrue();
		assertThat(kase.state()).isEqualTo(CaseState.ACCEPTED);
		assertThat(kase.releaseEvents()).isEmpty();
	}

	@Test
	void completingAStepHandsTheNextOneOnAndTheLastLeavesNoStepOpen() {
		Case kase = assigned();

		Step next = kase.completeStep(1, "拟同意", at(MONDAY), MONDAY, 5L, "handler").orElseThrow();
		kase.assign(next, 6L, "S6", false, at(MONDAY), MONDAY, REVIEW_DEPARTMENT, WEEKDAYS);
		assertThat(kase.current().step()).isEqualTo(2);

		assertThat(kase.completeStep(2, "同意", at(MONDAY), MONDAY, 6L, "head")).isEmpty();
		assertThat(kase.current().step()).isNull();
		assertThat(kase.current().staffId()).isEqualTo(6L);
		assertThat(kase.releaseEvents()).hasAtLeastOneElementOfType(StepCompleted.class);
	}

	@Test
	void completingAHandedOverStepNobodySignedForSignsItThen() {
		Case kase = accepted();
		kase.assign(kase.steps().get(0), 5L, "S5", false, at(MONDAY), MONDAY, WINDOW_DEPARTMENT, WEEKDAYS);
		kase.releaseEvents();

		kase.completeStep(1, "拟同意", at(MONDAY), MONDAY, 5L, "handler");

		assertThat(kase.releaseEvents()).contains(new StepSigned(1, 1, 1, true));
		assertThat(kase.steps().get(0).signedAt()).isEqualTo(at(MONDAY));
	}

	@Test
	void aStepThatIsNotOpenCannotBeWorked() {
		Case kase = assigned();

		assertThatThrownBy(() -> kase.completeStep(2, "同意", at(MONDAY), MONDAY, 6L, "head"))
			.hasMessage("casework.step.notOpen");
		assertThatThrownBy(() -> kase.openStep(9)).isInstanceOf(CaseNotFoundException.class);
	}

	// ---- the clock -------------------------------------------------------------------------------------------------

	@Test
	void aPauseMovesTheDeadlineByTheWorkingDaysBetweenItsFirstAndLastDay() {
		Case kase = assigned();
		LocalDate before = kase.deadline();
		kase.suspend(PauseKind.SPECIAL_PROCEDURE, "检验", "送检", 5, MONDAY, "handler");
		assertThat(kase.state()).isEqualTo(CaseState.SUSPENDED);

		CaseResumed resumed = kase.resume(LocalDate.of(2026, 3, 9), WEEKDAYS);

		assertThat(resumed.pausedWorkingDays()).isEqualTo(4);
		assertThat(kase.deadline()).isEqualTo(WEEKDAYS.deadline(1, before, 4));
		assertThat(kase.state()).isEqualTo(CaseState.ACCEPTED);
		assertThat(kase.pauses()).allMatch(pause -> !pause.running());
	}

	@Test
	void aPauseNeedsAReasonAndAPlanThatIsNotNegative() {
		Case kase = assigned();

		assertThatThrownBy(() -> kase.suspend(PauseKind.CORRECTION, null, " ", null, MONDAY, "handler"))
			.hasMessage("casework.pause.reasonMissing");
		assertThatThrownBy(() -> kase.suspend(PauseKind.CORRECTION, null, "补正", -1, MONDAY, "handler"))
			.hasMessage("casework.pause.plannedInvalid");
		assertThat(kase.pauses()).isEmpty();
	}

	@Test
	void onlyASuspendedCaseResumes() {
		assertThatThrownBy(() -> assigned().resume(MONDAY, WEEKDAYS)).isInstanceOf(CaseStateException.class);
	}

	@Test
	void anExtensionAfterTheDeadlineIsRefused() {
		Case kase = assigned();

		assertThatThrownBy(() -> kase.requireExtensionMayBeAsked(2, "来不及", kase.deadline().plusDays(1), List.of(), 10))
			.hasMessage("casework.extension.afterDeadline");
	}

	@Test
	void anExtensionIsAskedForWithDaysAndAReasonOneAtATimeWithinTheItemsMaximum() {
		Case kase = assigned();
		CaseExtension pending = new CaseExtension(1, 1, 3, "核查", MONDAY, "handler", 9, null, null, null, null, MONDAY, false);

		assertThatThrownBy(() -> kase.requireExtensionMayBeAsked(0, "核查", MONDAY, List.of(), 10))
			.hasMessage("casework.extension.incomplete");
		assertThatThrownBy(() -> kase.requireExtensionMayBeAsked(3, "核查", MONDAY, List.of(pending), 10))
			.hasMessage("casework.extension.pending");
		kase.extend(8, MONDAY, WEEKDAYS);
		assertThatThrownBy(() -> kase.requireExtensionMayBeAsked(3, "核查", MONDAY, List.of(), 10))
			.hasMessage("casework.extension.beyondMaximum");
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineAfterThePausedDays() {
		Case kase = assigned();
		LocalDate base = kase.deadline();

		ExtensionApproved approved = kase.extend(3, MONDAY, WEEKDAYS);

		assertThat(approved.deadline()).isEqualTo(WEEKDAYS.deadline(1, base, 3));
		assertThat(kase.schedule().extensionWorkingDays()).isEqualTo(3);
	}

	@Test
	void aLeaderCannotApproveAnExtensionOnceTheDeadlineHasPassed() {
		Case kase = assigned();
		LocalDate deadline = kase.deadline();

		assertThatThrownBy(() -> kase.extend(3, deadline.plusDays(1), WEEKDAYS))
			.hasMessage("casework.extension.approvalAfterDeadline");
		assertThat(kase.deadline()).isEqualTo(deadline);
		assertThat(kase.schedule().extensionWorkingDays()).isZero();
		assertThat(kase.releaseEvents()).isEmpty();
		assertThat(kase.extend(3, deadline, WEEKDAYS).deadline()).isEqualTo(LocalDate.of(2026, 3, 19));
	}

	@Test
	void theStatutoryDeadlineIsKeptBesideThePromisedOneAndAnExtensionMovesNeitherWhilePausesMoveAll() {
		Case kase = assigned();
		assertThat(kase.schedule().promisedDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(kase.schedule().statutoryDeadline()).isEqualTo(LocalDate.of(2026, 3, 30));

		kase.suspend(PauseKind.SPECIAL_PROCEDURE, "检验", "送检", 2, LocalDate.of(2026, 3, 3), "handler");
		kase.resume(LocalDate.of(2026, 3, 6), WEEKDAYS);
		kase.extend(3, LocalDate.of(2026, 3, 9), WEEKDAYS);

		Schedule s = kase.schedule();
		assertThat(s.promisedDeadline()).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(s.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(s.deadline()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(s.statutoryDays()).isEqualTo(20);
	}

	@Test
	void aCaseCompletedWithinItsExtensionIsLateAgainstThePromiseAndMeasuredAgainstTheStatutoryLimitApart() {
		Case kase = done();
		kase.extend(3, MONDAY, WEEKDAYS);

		CaseCompleted completed = kase.complete("许可证", "准字1号", LocalDate.of(2026, 3, 18), WEEKDAYS);

		assertThat(completed.deadline()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(completed.onTime()).isFalse();
		assertThat(completed.deadlineInForce()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(completed.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(completed.onTimeStatutory()).isTrue();
	}

	@Test
	void aCaseWhoseItemSetsNoStatutoryLimitIsNotMeasuredAgainstOne() {
		Case kase = received();
		kase.accept("测〔2026〕1号", MONDAY, at(MONDAY), "clerk", false, 10, null, false, procedure(), WEEKDAYS);

		assertThat(kase.schedule().statutoryDeadline()).isNull();
		assertThat(kase.schedule().withinStatutoryLimit(LocalDate.of(2026, 3, 5))).isNull();
		assertThat(kase.schedule().withinPromise(LocalDate.of(2026, 3, 5))).isTrue();
	}

	@Test
	void aDeadlineTurnsYellowOnceAndRedOnceAndStraightToRedTurnsYellowToo() {
		Case kase = assigned();
		kase.releaseEvents();

		assertThat(kase.markDeadline(DeadlineStatus.RED, WEEKDAYS)).isTrue();
		assertThat(kase.releaseEvents()).hasSize(2)
			.hasAtLeastOneElementOfType(DeadlineTurnedYellow.class)
			.hasAtLeastOneElementOfType(DeadlineTurnedRed.class);
		assertThat(kase.markDeadline(DeadlineStatus.RED, WEEKDAYS)).isFalse();
		assertThat(kase.markDeadline(DeadlineStatus.YELLOW, WEEKDAYS)).isFalse();
		assertThat(kase.releaseEvents()).isEmpty();
	}

	@Test
	void theDayTheStatusNextWorsensIsTheWarningDayThenTheDayAfterTheDeadlineAndNoneOnceRed() {
		Case kase = assigned();
		assertThat(kase.schedule().deadlineTurnsOn()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(kase.schedule().turnsBy(LocalDate.of(2026, 3, 14))).isFalse();
		assertThat(kase.schedule().turnsBy(LocalDate.of(2026, 3, 15))).isTrue();

		assertThat(kase.markDeadline(DeadlineStatus.YELLOW, WEEKDAYS)).isTrue();
		assertThat(kase.schedule().deadlineTurnsOn()).isEqualTo(LocalDate.of(2026, 3, 17));

		assertThat(kase.markDeadline(DeadlineStatus.RED, WEEKDAYS)).isTrue();
		assertThat(kase.schedule().deadlineTurnsOn()).isNull();
		assertThat(kase.schedule().turnsBy(LocalDate.of(2026, 12, 31))).isFalse();
	}

	@Test
	void aStatusThatStandsWhenItsDayCameOnlyHasItsDayWorkedOutAgain() {
		Case kase = assigned();

		assertThat(kase.markDeadline(DeadlineStatus.NORMAL, WEEKDAYS)).isFalse();

		assertThat(kase.schedule().deadlineStatus()).isEqualTo(DeadlineStatus.NORMAL);
		assertThat(kase.schedule().deadlineTurnsOn()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(kase.releaseEvents()).isEmpty();
	}

	@Test
	void anExtensionOrAResumptionMovesTheDayWithTheDeadlineAndAYellowCaseWaitsForItsNewDeadline() {
		Case kase = assigned();
		kase.extend(3, MONDAY, WEEKDAYS);
		assertThat(kase.deadline()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(kase.schedule().deadlineTurnsOn()).isEqualTo(LocalDate.of(2026, 3, 18));

		kase.markDeadline(DeadlineStatus.YELLOW, WEEKDAYS);
		kase.suspend(PauseKind.SPECIAL_PROCEDURE, "检验", "送检", 2, LocalDate.of(2026, 3, 18), "handler");
		kase.resume(LocalDate.of(2026, 3, 23), WEEKDAYS);

		assertThat(kase.deadline()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(kase.schedule().deadlineStatus()).isEqualTo(DeadlineStatus.YELLOW);
		assertThat(kase.schedule().deadlineTurnsOn()).isEqualTo(LocalDate.of(2026, 3, 24));
	}

	@Test
	void aPausedCaseDoesNotTurnRed() {
		Case kase = assigned();
		kase.suspend(PauseKind.CORRECTION, null, "补正", null, MONDAY, "handler");

		assertThat(kase.markDeadline(DeadlineStatus.RED, WEEKDAYS)).isFalse();
	}

	// ---- closing ---------------------------------------------------------------------------------------------------

	@Test
	void aCaseWithAStepStillOpenCannotBeCompleted() {
		Case kase = assigned();

		assertThatThrownBy(() -> kase.complete("许可证", "准字1号", MONDAY, WEEKDAYS))
			.hasMessage("casework.complete.stepOpen");
		assertThat(kase.state()).isEqualTo(CaseState.ACCEPTED);
	}

	@Test
	void aCaseCompletedByItsDeadlineIsOnTimeAndCountsTheWorkingDaysUsedLessThePaused() {
		Case kase = done();

		CaseCompleted completed = kase.complete("许可证", "准字1号", LocalDate.of(2026, 3, 5), WEEKDAYS);

		assertThat(completed.onTime()).isTrue();
		assertThat(completed.workingDaysUsed()).isEqualTo(3);
		assertThat(kase.outcome().result()).isEqualTo(CaseResult.GRANTED);
		assertThatThrownBy(() -> kase.complete("许可证", "准字1号", MONDAY, WEEKDAYS))
			.isInstanceOf(CaseStateException.class);
	}

	@Test
	void aCompletionWithoutItsCertificateIsRefused() {
		assertThatThrownBy(() -> done().complete("许可证", " ", MONDAY, WEEKDAYS))
			.hasMessage("casework.complete.certificateMissing");
	}

	@Test
	void aDeliveryIsDatedBetweenTheDecisionAndTodayAndLateAfterTenWorkingDays() {
		Case kase = done();
		kase.complete("许可证", "准字1号", MONDAY, WEEKDAYS);

		assertThatThrownBy(() -> kase.deliver(DeliveryMethod.PICKUP, MONDAY.minusDays(1), MONDAY, WEEKDAYS))
			.hasMessage("casework.deliver.dateInvalid");
		assertThatThrownBy(() -> kase.deliver(DeliveryMethod.PICKUP, MONDAY.plusDays(1), MONDAY, WEEKDAYS))
			.hasMessage("casework.deliver.dateInvalid");
		CaseDelivered delivered = kase.deliver(DeliveryMethod.POST, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 17),
				WEEKDAYS);

		assertThat(delivered.late()).isTrue();
		assertThat(kase.state()).isEqualTo(CaseState.DELIVERED);
	}

	@Test
	void aWithdrawalEndsTheRunningPauseAndTheOpenStepAndHappensOnce() {
		Case kase = assigned();
		kase.suspend(PauseKind.CORRECTION, null, "补正", null, MONDAY, "handler");

		kase.withdraw("申请人撤回", MONDAY.plusDays(2));

		assertThat(kase.state()).isEqualTo(CaseState.WITHDRAWN);
		assertThat(kase.pauses()).allMatch(pause -> !pause.running() && pause.workingDays() == 0);
		assertThat(kase.current().step()).isNull();
		assertThatThrownBy(() -> kase.withdraw("再撤", MONDAY)).isInstanceOf(CaseStateException.class);
	}

	@Test
	void aWithdrawalNeedsAReason() {
		assertThatThrownBy(() -> received().withdraw(" ", MONDAY)).hasMessage("casework.withdraw.reasonMissing");
	}

	// ---- refusal (否定报备制) ----------------------------------------------------------------------------------------

	@Test
	void aCaseAwaitingTheLeadersDecisionOnARefusalCannotBeWithdrawnAndReturnsWhenOverruled() {
		Case kase = received();
		kase.awaitRefusalDecision();

		assertThatThrownBy(() -> kase.withdraw("撤回", MONDAY)).isInstanceOf(CaseStateException.class);
		kase.resumeAfterOverruledRefusal();
		assertThat(kase.state()).isEqualTo(CaseState.RECEIVED);
		assertThatThrownBy(kase::resumeAfterOverruledRefusal).isInstanceOf(CaseStateException.class);
	}

	@Test
	void aRefusalBeforeAcceptanceEndsTheCaseNotAcceptedOnce() {
		Case kase = received();
		kase.awaitRefusalDecision();

		assertThat(kase.refuse(MONDAY, WEEKDAYS)).isEqualTo(RefusalEnd.NOT_ACCEPTED);
		assertThat(kase.state()).isEqualTo(CaseState.NOT_ACCEPTED);
		assertThat(kase.refuse(MONDAY, WEEKDAYS)).isEqualTo(RefusalEnd.ALREADY);
		assertThat(kase.releaseEvents()).isEmpty();
	}

	@Test
	void aRefusalAfterAcceptanceCompletesTheCaseRefusedAndEndsItsPause() {
		Case kase = assigned();
		kase.suspend(PauseKind.CORRECTION, null, "补正", null, MONDAY, "handler");
		kase.releaseEvents();

		assertThat(kase.refuse(MONDAY.plusDays(1), WEEKDAYS)).isEqualTo(RefusalEnd.COMPLETED_REFUSED);

		assertThat(kase.state()).isEqualTo(CaseState.COMPLETED);
		assertThat(kase.outcome().result()).isEqualTo(CaseResult.REFUSED);
		assertThat(kase.pauses()).allMatch(pause -> !pause.running());
		assertThat(kase.releaseEvents()).singleElement()
			.isInstanceOfSatisfying(CaseCompleted.class, c -> assertThat(c.result()).isEqualTo(CaseResult.REFUSED));
	}

	@Test
	void aRefusalFoundWrongReopensTheCaseWhereItWasOrInProcessing() {
		Case kase = assigned();
		kase.suspend(PauseKind.CORRECTION, null, "补正", null, MONDAY, "handler");
		kase.refuse(MONDAY, WEEKDAYS);

		kase.reopenAfterWrongRefusal();

		assertThat(kase.state()).isEqualTo(CaseState.PROCESSING);
		assertThat(kase.outcome().result()).isNull();
		assertThatThrownBy(kase::reopenAfterWrongRefusal).isInstanceOf(CaseStateException.class);
	}

	@Test
	void aDeliveredCaseCannotBeFiledForRefusal() {
		Case kase = done();
		kase.complete("许可证", "准字1号", MONDAY, WEEKDAYS);

		assertThatThrownBy(kase::awaitRefusalDecision).isInstanceOf(CaseStateException.class);
	}

	// ---- fixtures ----------------------------------------------------------------------------------------------------

	private static NoticeDefect missing() {
		return new NoticeDefect(true, 0);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
	}

	private static CaseIntake intake(LocalDate on) {
		ApplicantOnFile applicant = new ApplicantOnFile(ApplicantKind.PERSON, "张三", null, IdType.RESIDENT_ID, "enc",
				"hash", "1101**********002X", "enc", "138****0000", null, null, null, null, null, null, null);
		return new CaseIntake(1, WINDOW_DEPARTMENT, 3, 1, "食品经营许可", "QUERYCODE1", SubmissionChannel.WINDOW,
				applicant, DeliveryMethod.PICKUP, on, at(on), "clerk", null);
	}

	private static List<Step> procedure() {
		return List.of(new Step(1, "承办", 100, REVIEW_DEPARTMENT, 3), new Step(2, "审核", 200, REVIEW_DEPARTMENT, 2));
	}

	private static Case received() {
		Case kase = Case.receive(intake(MONDAY), WEEKDAYS);
		kase.identify(1);
		kase.releaseEvents();
		return kase;
	}

	private static Case corrected() {
		Case kase = received();
		kase.issueCorrectionNotice(0, null, List.of(missing()), MONDAY);
		kase.supplyCorrection(MONDAY, WEEKDAYS);
		return kase;
	}

	private static Case accepted() {
		Case kase = received();
		kase.accept("测〔2026〕1号", MONDAY, at(MONDAY), "clerk", false, 10, 20, false, procedure(), WEEKDAYS);
		return kase;
	}

	private static Case assigned() {
		Case kase = accepted();
		kase.assign(kase.steps().get(0), 5L, "S5", false, at(MONDAY), MONDAY, REVIEW_DEPARTMENT, WEEKDAYS);
		kase.releaseEvents();
		return kase;
	}

	private static Case done() {
		Case kase = assigned();
		Step next = kase.completeStep(1, "拟同意", at(MONDAY), MONDAY, 5L, "handler").orElseThrow();
		kase.assign(next, 6L, "S6", false, at(MONDAY), MONDAY, REVIEW_DEPARTMENT, WEEKDAYS);
		kase.completeStep(2, "同意", at(MONDAY), MONDAY, 6L, "head");
		kase.releaseEvents();
		return kase;
	}
}
