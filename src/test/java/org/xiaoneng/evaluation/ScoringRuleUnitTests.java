package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a figure becomes points: linear between bounds, deductions per event with a floor, a capped bonus. */
class ScoringRuleUnitTests {

	@Test
	void linearScoresZeroAtTheLowerBoundAndFullAtTheUpperAndIsHeldAtTheEnds() {
		ScoringRule rule = ScoringRule.linear(80, 100);
		assertThat(rule.points(70)).isZero();
		assertThat(rule.points(80)).isZero();
		assertThat(rule.points(95)).isEqualTo(75.0);
		assertThat(rule.points(100)).isEqualTo(100.0);
	}

	@Test
	void linearWithTheBoundsReversedRewardsLess() {
		ScoringRule daysAgainstPromised = ScoringRule.linear(100, 50);
		assertThat(daysAgainstPromised.points(50)).isEqualTo(100.0);
		assertThat(daysAgainstPromised.points(75)).isEqualTo(50.0);
		assertThat(daysAgainstPromised.points(120)).isZero();
	}

	@Test
	void deductionsPerEventStopAtTheFloor() {
		ScoringRule cards = ScoringRule.deduction(15, 20);
		assertThat(cards.points(0)).isEqualTo(100.0);
		assertThat(cards.points(2)).isEqualTo(70.0);
		assertThat(cards.points(9)).isEqualTo(20.0);
	}

	@Test
	void aBonusIsCapped() {
		ScoringRule bonus = ScoringRule.bonus(1.5, 5);
		assertThat(bonus.points(2)).isEqualTo(3.0);
		assertThat(bonus.points(10)).isEqualTo(5.0);
	}

	@Test
	void senselessNumbersAreNamed() {
		assertThat(ScoringRule.linear(90, 90).problem()).isEqualTo("evaluation.error.rule.LINEAR");
		assertThat(ScoringRule.deduction(0, 0).problem()).isEqualTo("evaluation.error.rule.DEDUCTION");
		assertThat(ScoringRule.bonus(2, 1).problem()).isEqualTo("evaluation.error.rule.BONUS");
		assertThat(ScoringRule.linear(0, 100).problem()).isNull();
	}
}
