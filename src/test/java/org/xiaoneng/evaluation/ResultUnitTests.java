package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A result's steps: computed → published → signed or disputed → final, and what each step requires. */
class ResultUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-20T02:00:00Z");

	private static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 21);

	private static final LocalDate UNTIL = LocalDate.of(2026, 12, 25);

	@Test
	void aPublishedResultIsSignedAndFinalOnlyAfterTheObjections() {
		Result result = graded(ObjectType.STAFF, Grade.COMPETENT);
		result.publish(PUBLISHED, UNTIL);
		result.sign("a", NOW);

		assertThatThrownBy(() -> result.finalise(UNTIL)).isInstanceOf(ResultRuleException.class);
		result.finalise(UNTIL.plusDays(1));
		assertThat(result.state()).isEqualTo(ResultState.FINAL);
	}

	@Test
	void aSignedResultIsNotRecomputed() {
		Result result = graded(ObjectType.STAFF, Grade.COMPETENT);
		result.publish(PUBLISHED, UNTIL);
		result.sign("a", NOW);

		assertThatThrownBy(() -> result.recompute(new SchemeId(1), List.of(), null))
			.isInstanceOf(ResultStateException.class);
	}

	@Test
	void aDisputeNeedsItsReasonsAndAnAnswerBeforeTheResultIsFinal() {
		Result result = graded(ObjectType.STAFF, Grade.COMPETENT);
		result.publish(PUBLISHED, UNTIL);
		assertThatThrownBy(() -> result.dispute(" ", "a", NOW)).isInstanceOf(ResultRuleException.class);
		result.dispute("按时办结率算错了", "a", NOW);

		assertThatThrownBy(() -> result.finalise(UNTIL.plusDays(1))).isInstanceOf(ResultRuleException.class);
		result.answerDispute("经复核, 改为优秀", Grade.EXCELLENT);
		result.finalise(UNTIL.plusDays(1));
		assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void aFailingDepartmentIsFinalOnlyWithItsOrganisationCheck() {
		Result result = graded(ObjectType.DEPARTMENT, Grade.INCOMPETENT);
		result.publish(PUBLISHED, UNTIL);
		assertThat(result.awaitsCheck()).isTrue();

		assertThatThrownBy(() -> result.finalise(UNTIL.plusDays(1)))
			.isInstanceOfSatisfying(ResultRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("evaluation.error.checkMissing"));
		result.recordCheck("核查属实: 窗口人手不足, 已调整岗位");
		result.finalise(UNTIL.plusDays(1));
		assertThat(result.awaitsCheck()).isFalse();
	}

	@Test
	void aBlockedResultIsNeverGivenExcellent() {
		Result result = Result.computed(2026, ObjectType.STAFF, 7, 1, 2, GradeScale.CIVIL_SERVANT, new SchemeId(1),
				List.of(), "问责决定: 通报批评");

		assertThatThrownBy(() -> result.grade(1, Grade.EXCELLENT)).isInstanceOf(ExcellentBlockedException.class);
	}

	@Test
	void aResultRecomputedWithTheSameFiguresHasNothingNewToStore() {
		List<ScoreLine> lines = List.of(new ScoreLine("A.1", "绩", "按时办结率", IndicatorKind.COMPUTED,
				Measure.ON_TIME_RATE, 100, 90.0, 50, 50, 10));
		Result result = Result.computed(2026, ObjectType.STAFF, 7, 1, 2, GradeScale.CIVIL_SERVANT, new SchemeId(1),
				lines, null);

		assertThat(result.recompute(new SchemeId(1), List.copyOf(lines), null)).isFalse();
		assertThat(result.recompute(new SchemeId(2), lines, null)).isTrue();
		assertThat(result.recompute(new SchemeId(2), lines, "#1 2026-03-05")).isTrue();
		assertThat(result.recompute(new SchemeId(2), List.of(), "#1 2026-03-05")).isTrue();
		assertThat(result.total()).isZero();
	}

	@Test
	void theBreakdownAddsWeightedPointsAndBonuses() {
		Scheme scheme = Scheme.draft(2026, ObjectType.STAFF, GradeScale.CIVIL_SERVANT, List.of(
				Indicator.dimension("A", "绩", 100, List.of(
						Indicator.computed("A.1", "按时办结率", 50, Measure.ON_TIME_RATE, ScoringRule.linear(80, 100)),
						Indicator.scored("A.2", "年终考核", 50, IndicatorKind.YEAR_END),
						Indicator.computed("A.3", "加分", 0, Measure.BAD_RATINGS, ScoringRule.bonus(1, 3))))),
				"team", NOW);
		List<ScoreLine> lines = Scorecard.score(scheme, new Scorecard.Inputs(
				Map.of(Measure.ON_TIME_RATE, Scorecard.Figure.percent(9, 10, 10), Measure.BAD_RATINGS,
						Scorecard.Figure.count(5)),
				Map.of("A.2", 80.0), null));

		assertThat(lines).extracting(ScoreLine::contribution).containsExactly(25.0, 40.0, 3.0);
		assertThat(Result.computed(2026, ObjectType.STAFF, 7, 1, 2, GradeScale.CIVIL_SERVANT, new SchemeId(1), lines,
				null).total()).isEqualTo(68.0);
	}

	private static Result graded(ObjectType type, Grade grade) {
		Result result = Result.computed(2026, type, 7, 1, 2, GradeScale.CIVIL_SERVANT, new SchemeId(1), List.of(),
				null);
		result.grade(1, grade);
		return result;
	}
}
