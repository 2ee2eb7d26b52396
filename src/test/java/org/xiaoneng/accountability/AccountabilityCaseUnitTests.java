package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.DecisionLevel;

/** The accountability case's own rules, without Spring or a database. */
class AccountabilityCaseUnitTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final LocalDate DUE = LocalDate.of(2026, 3, 9);

	private static final long SUBJECT = 21;

	private static final long LEADER = 31;

	private static final Subject PERSON = new Subject(1, 2L, SUBJECT);

	private static final Subject DEPARTMENT = new Subject(1, 2L, null);

	private final SanctionLadder ladder = new SanctionLadder(AccountabilitySettings.defaults());

	@Test
	void aCaseIsOpenedWithItsSourceAndPublishesThatItWasOpened() {
		AccountabilityCase kase = opened(PERSON, 0);

		assertThat(kase.state()).isEqualTo(CaseState.OPEN);
		assertThat(kase.aggravated()).isFalse();
		assertThat(kase.opened()).isEqualTo(new AccountabilityCaseOpened(new AccountabilityCaseId(7), CaseSource.CARD, 1,
				2L, new StaffId(SUBJECT), 2026, FailureType.OVERTIME, false));
	}

	@Test
	void aPersonsSecondCaseInTheYearIsMarkedAggravated() {
		assertThat(opened(PERSON, 1).aggravated()).isTrue();
	}

	@Test
	void aDepartmentsSecondCaseIsNotAPersonsAndIsNotMarkedAggravated() {
		assertThat(opened(DEPARTMENT, 3).aggravated()).isFalse();
	}

	@Test
	void obstructionFalseTestimonyOrRetaliationAggravateACase() {
		for (Aggravation aggravation : Aggravation.values()) {
			AccountabilityCase kase = opened(PERSON, 0);
			kase.investigate(findings(Severity.MINOR, Set.of(aggravation)), DUE);
			assertThat(kase.aggravated()).as(aggravation.name()).isTrue();
		}
	}

	@Test
	void aCaseWithoutFactsIsNotOpened() {
		assertThatThrownBy(() -> AccountabilityCase.open(CaseSource.LEADER_REFERRAL, null, "领导交办", PERSON,
				FailureType.DUTY_NOT_DONE, null, "  ", 0, TODAY, "leader", NOW))
			.isInstanceOf(AccountabilityTextRequiredException.class);
	}

	@Test
	void anInvestigationWithoutSeverityOrRecordIsRefusedAndChangesNothing() {
		AccountabilityCase kase = opened(PERSON, 0);

		assertThatThrownBy(() -> kase.investigate(findings(null, Set.of()), DUE))
			.isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> kase.investigate(new AccountabilityCase.Findings(FailureType.OVERTIME, null,
				Severity.MINOR, Set.of(), " ", null), DUE)).isInstanceOf(AccountabilityTextRequiredException.class);
		assertThat(kase.state()).isEqualTo(CaseState.OPEN);
		assertThat(kase.findings()).isNull();
	}

	@Test
	void theInvestigationAsksTheSubjectForAStatementByItsDeadline() {
		AccountabilityCase kase = investigated(PERSON, Severity.MINOR);

		assertThat(kase.state()).isEqualTo(CaseState.AWAITING_STATEMENT);
		assertThat(kase.statementDue()).isEqualTo(DUE);
	}

	@Test
	void theSubjectMakesTheirStatementWithinTheDeadline() {
		AccountabilityCase kase = investigated(PERSON, Severity.MINOR);

		kase.makeStatement(SUBJECT, SUBJECT, " 当日系统故障，已补办 ", DUE, NOW);

		assertThat(kase.state()).isEqualTo(CaseState.STATED);
		assertThat(kase.statement()).isEqualTo("当日系统故障，已补办");
	}

	@Test
	void someoneElseCannotMakeTheSubjectsStatement() {
		AccountabilityCase kase = investigated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.makeStatement(LEADER, SUBJECT, "代为申辩", TODAY, NOW))
			.isInstanceOf(NotTheRespondentException.class);
		assertThat(kase.state()).isEqualTo(CaseState.AWAITING_STATEMENT);
	}

	@Test
	void aStatementAfterItsDeadlineIsRefused() {
		AccountabilityCase kase = investigated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.makeStatement(SUBJECT, SUBJECT, "迟到的申辩", DUE.plusDays(1), NOW))
			.isInstanceOf(StatementPeriodOverException.class);
		assertThat(kase.state()).isEqualTo(CaseState.AWAITING_STATEMENT);
	}

	@Test
	void aDecisionBeforeTheStatementPeriodHasPassedIsRefused() {
		AccountabilityCase kase = investigated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, DecisionLevel.PRINCIPAL_LEADER,
				"理由", DUE, ladder, NOW))
			.isInstanceOf(StatementPeriodOpenException.class);
		assertThat(kase.state()).isEqualTo(CaseState.AWAITING_STATEMENT);
		assertThat(kase.decision()).isNull();
	}

	@Test
	void aCaseIsDecidedTheDayAfterTheStatementPeriodWithoutAStatement() {
		AccountabilityCase kase = investigated(PERSON, Severity.MINOR);

		kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, DecisionLevel.DEPARTMENT_HEAD, "未申辩", DUE.plusDays(1),
				ladder, NOW);

		assertThat(kase.state()).isEqualTo(CaseState.DECIDED);
	}

	@Test
	void aCaseIsNotDecidedBeforeItIsInvestigated() {
		AccountabilityCase kase = opened(PERSON, 0);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, DecisionLevel.PRINCIPAL_LEADER,
				"理由", DUE.plusDays(1), ladder, NOW))
			.isInstanceOf(CaseStateException.class);
	}

	@Test
	void aDecisionPublishesItsEffectsOnThePersonsYear() {
		AccountabilityCase kase = stated(PERSON, Severity.SERIOUS);

		AccountabilityDecided decided = kase.decide(EnumSet.of(Sanction.PUBLIC_CRITICISM, Sanction.ADMONITORY_TALK),
				LEADER, DecisionLevel.DEPUTY_LEADER, "经查属实", TODAY, ladder, NOW);

		assertThat(decided).isEqualTo(new AccountabilityDecided(new AccountabilityCaseId(7), 1, 2L,
				new StaffId(SUBJECT), 2026, FailureType.OVERTIME, Severity.SERIOUS, false,
				List.of(Sanction.ADMONITORY_TALK, Sanction.PUBLIC_CRITICISM), true, 10, TODAY));
		assertThat(kase.drainEvents()).containsExactly(decided);
	}

	@Test
	void theStrictestSanctionSetsTheDeductionNotTheirSum() {
		AccountabilityCase kase = stated(PERSON, Severity.GRAVE);

		AccountabilityDecided decided = kase.decide(
				EnumSet.of(Sanction.PUBLIC_CRITICISM, Sanction.EFFICIENCY_WARNING, Sanction.REMOVAL_FROM_POST), LEADER,
				DecisionLevel.PRINCIPAL_LEADER, "情节严重", TODAY, ladder, NOW);

		assertThat(decided.bonusDeductionPercent()).isEqualTo(30);
		assertThat(decided.notEligibleForExcellent()).isTrue();
	}

	@Test
	void aSanctionAboveTheDecidersAuthorityIsRefused() {
		AccountabilityCase kase = stated(PERSON, Severity.GRAVE);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.EFFICIENCY_WARNING), LEADER, DecisionLevel.DEPUTY_LEADER,
				"理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionAboveAuthorityException.class);
		assertThat(kase.state()).isEqualTo(CaseState.STATED);
	}

	@Test
	void someoneWithNoAuthorityOverTheSubjectCannotDecide() {
		AccountabilityCase kase = stated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, null, "理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionAboveAuthorityException.class);
	}

	@Test
	void aDepartmentIsJudgedByALeaderNotByItsOwnHead() {
		AccountabilityCase kase = stated(DEPARTMENT, Severity.MINOR);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.WRITTEN_SELF_CRITICISM), LEADER,
				DecisionLevel.DEPARTMENT_HEAD, "理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionAboveAuthorityException.class);
	}

	@Test
	void aDecisionLighterThanTheSeverityAllowsIsRefused() {
		AccountabilityCase kase = stated(PERSON, Severity.SERIOUS);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.WRITTEN_SELF_CRITICISM), LEADER,
				DecisionLevel.PRINCIPAL_LEADER, "理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionTooLightException.class);
	}

	@Test
	void anAggravatedCaseNeedsOneRungMoreThanItsSeverity() {
		AccountabilityCase second = opened(PERSON, 1);
		second.investigate(findings(Severity.MINOR, Set.of()), DUE);
		second.makeStatement(SUBJECT, SUBJECT, "申辩", TODAY, NOW);

		assertThatThrownBy(() -> second.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, DecisionLevel.PRINCIPAL_LEADER,
				"理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionTooLightException.class);
		assertThat(second.decide(Set.of(Sanction.WRITTEN_SELF_CRITICISM), LEADER, DecisionLevel.PRINCIPAL_LEADER,
				"两次以上从重", TODAY, ladder, NOW).aggravated()).isTrue();
	}

	@Test
	void aDecisionNamesAtLeastOneSanction() {
		AccountabilityCase kase = stated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.decide(Set.of(), LEADER, DecisionLevel.PRINCIPAL_LEADER, "理由", TODAY, ladder,
				NOW)).isInstanceOf(SanctionsRequiredException.class);
	}

	@Test
	void aPersonIsNotBothMovedToAnotherPostAndMadeToResign() {
		AccountabilityCase kase = stated(PERSON, Severity.GRAVE);

		assertThatThrownBy(() -> kase.decide(EnumSet.of(Sanction.REMOVAL_FROM_POST, Sanction.ORDERED_RESIGNATION),
				LEADER, DecisionLevel.PRINCIPAL_LEADER, "理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionsExcludeEachOtherException.class);
	}

	@Test
	void aDepartmentGetsNoPersonalSanctionAndNoEffectsOnAPersonsYear() {
		AccountabilityCase refused = stated(DEPARTMENT, Severity.GRAVE);
		assertThatThrownBy(() -> refused.decide(Set.of(Sanction.REMOVAL_FROM_POST), LEADER,
				DecisionLevel.PRINCIPAL_LEADER, "理由", TODAY, ladder, NOW))
			.isInstanceOf(SanctionNotForDepartmentException.class);

		AccountabilityDecided decided = refused.decide(Set.of(Sanction.EFFICIENCY_WARNING), LEADER,
				DecisionLevel.PRINCIPAL_LEADER, "科室整体作风问题", TODAY, ladder, NOW);
		assertThat(decided.staffId()).isNull();
		assertThat(decided.notEligibleForExcellent()).isFalse();
		assertThat(decided.bonusDeductionPercent()).isZero();
	}

	@Test
	void nobodyDecidesTheirOwnCase() {
		AccountabilityCase kase = stated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.ADMONITORY_TALK), SUBJECT, DecisionLevel.PRINCIPAL_LEADER,
				"理由", TODAY, ladder, NOW)).isInstanceOf(OwnCaseException.class);
	}

	@Test
	void aDecidedCaseIsNotDecidedAgain() {
		AccountabilityCase kase = stated(PERSON, Severity.MINOR);
		kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, DecisionLevel.PRINCIPAL_LEADER, "理由", TODAY, ladder, NOW);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.PUBLIC_CRITICISM), LEADER, DecisionLevel.PRINCIPAL_LEADER,
				"再次", TODAY, ladder, NOW)).isInstanceOf(CaseStateException.class);
		assertThatThrownBy(() -> kase.exempt("不可抗力", NOW)).isInstanceOf(CaseStateException.class);
	}

	@Test
	void forceMajeureClosesACaseWithoutAccountabilityWithItsReason() {
		AccountabilityCase kase = investigated(PERSON, Severity.SERIOUS);

		AccountabilityCaseClosed closed = kase.exempt(" 暴雨致全县停电，系统无法办理 ", NOW);

		assertThat(kase.state()).isEqualTo(CaseState.EXEMPTED);
		assertThat(kase.closingReason()).isEqualTo("暴雨致全县停电，系统无法办理");
		assertThat(closed).isEqualTo(new AccountabilityCaseClosed(new AccountabilityCaseId(7), 1, new StaffId(SUBJECT),
				2026, CaseState.EXEMPTED));
	}

	@Test
	void forceMajeureNeedsItsReason() {
		AccountabilityCase kase = opened(PERSON, 0);

		assertThatThrownBy(() -> kase.exempt("", NOW)).isInstanceOf(AccountabilityTextRequiredException.class);
		assertThat(kase.state()).isEqualTo(CaseState.OPEN);
	}

	@Test
	void theShippedLadderAsksMoreOfGraverCases() {
		assertThat(ladder.lightestAllowed(Severity.MINOR, false, PERSON)).isEqualTo(Sanction.ADMONITORY_TALK);
		assertThat(ladder.lightestAllowed(Severity.SERIOUS, false, PERSON)).isEqualTo(Sanction.PUBLIC_CRITICISM);
		assertThat(ladder.lightestAllowed(Severity.GRAVE, true, PERSON)).isEqualTo(Sanction.REMOVAL_FROM_POST);
		assertThat(ladder.lightestAllowed(Severity.GRAVE, true, DEPARTMENT)).isEqualTo(Sanction.EFFICIENCY_WARNING);
	}

	@Test
	void aConfiguredLadderChangesWhoMayDecideAndWhatItCosts() {
		SanctionLadder configured = new SanctionLadder(new AccountabilitySettings(5, 30, "http://x", Map.of(
				Sanction.ADMONITORY_TALK, new AccountabilitySettings.SanctionTerms(DecisionLevel.PRINCIPAL_LEADER, true, 5))));
		AccountabilityCase kase = stated(PERSON, Severity.MINOR);

		assertThatThrownBy(() -> kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER, DecisionLevel.DEPUTY_LEADER,
				"理由", TODAY, configured, NOW)).isInstanceOf(SanctionAboveAuthorityException.class);
		AccountabilityDecided decided = kase.decide(Set.of(Sanction.ADMONITORY_TALK), LEADER,
				DecisionLevel.PRINCIPAL_LEADER, "理由", TODAY, configured, NOW);
		assertThat(decided.notEligibleForExcellent()).isTrue();
		assertThat(decided.bonusDeductionPercent()).isEqualTo(5);
	}

	@Test
	void aCardsRuleNamesTheFailureItStandsFor() {
		assertThat(FailureType.ofCardRule("CASE_OVERDUE")).isEqualTo(FailureType.OVERTIME);
		assertThat(FailureType.ofCardRule("NOTICE_NOT_GIVEN_IN_FIVE_DAYS")).isEqualTo(FailureType.NOT_TOLD_AT_ONCE);
		assertThat(FailureType.ofCardRule("POST_LEFT_UNCOVERED")).isEqualTo(FailureType.SUBSTITUTION_FAILED);
		assertThat(FailureType.ofCardRule("SOMETHING_NEW")).isEqualTo(FailureType.OTHER_DERELICTION);
	}

	private static AccountabilityCase opened(Subject subject, int prior) {
		AccountabilityCase kase = AccountabilityCase.open(CaseSource.CARD, 42L, "红牌 CASE_OVERDUE", subject,
				FailureType.OVERTIME, null, "办件超期未办结", prior, TODAY, "system", NOW);
		kase.saved(7);
		return kase;
	}

	private static AccountabilityCase.Findings findings(Severity severity, Set<Aggravation> aggravations) {
		return new AccountabilityCase.Findings(FailureType.OVERTIME, null, severity, aggravations, "调取办件记录核实",
				"办件流转记录");
	}

	private static AccountabilityCase investigated(Subject subject, Severity severity) {
		AccountabilityCase kase = opened(subject, 0);
		kase.investigate(findings(severity, Set.of()), DUE);
		return kase;
	}

	private static AccountabilityCase stated(Subject subject, Severity severity) {
		AccountabilityCase kase = investigated(subject, severity);
		kase.makeStatement(SUBJECT, SUBJECT, "申辩意见", TODAY, NOW);
		return kase;
	}
}
