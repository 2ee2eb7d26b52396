package org.xiaoneng.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xiaoneng.evaluation.survey.SurveyEstimate.StratumAnswers;

/**
 * The survey's score and 95 % margin of error against figures worked by hand (Cochran, theorems 2.2 and 5.3):
 * answers 5, 4, 4, 3, 5 are 100, 75, 75, 50, 100 points, mean 80, s² = 1750 / 4 = 437.5.
 */
class SurveyEstimateUnitTests {

	private static final StratumAnswers FIVE_OF_A_HUNDRED = new StratumAnswers(100, 10, List.of(5, 4, 4, 3, 5));

	@Test
	void aDepartmentsMarginIsTheNormalApproximationWithTheFinitePopulationCorrection() {
		// 1.96 · √(437.5 / 5 · (1 − 5/100)) = 1.96 · √83.125 = 17.87
		SurveyEstimate estimate = SurveyEstimate.of(FIVE_OF_A_HUNDRED);

		assertThat(estimate.score()).isEqualByComparingTo("80.00");
		assertThat(estimate.marginOfError()).isEqualByComparingTo("17.87");
		assertThat(estimate.sampleSize()).isEqualTo(10);
		assertThat(estimate.responses()).isEqualTo(5);
		assertThat(estimate.responseRate()).isEqualByComparingTo("50.0");
	}

	@Test
	void aUnitsScoreWeighsItsDepartmentsByTheirPeople() {
		// second stratum: 50, 50, 75, 25 points of 300 people, mean 50, s² = 1250 / 3; weights 1/4 and 3/4
		// mean 0.25 · 80 + 0.75 · 50 = 57.5; v = 0.0625 · 87.5 · 0.95 + 0.5625 · 104.17 · (296/300) = 63.0078
		SurveyEstimate estimate = SurveyEstimate
			.of(List.of(FIVE_OF_A_HUNDRED, new StratumAnswers(300, 8, List.of(3, 3, 4, 2))));

		assertThat(estimate.score()).isEqualByComparingTo("57.50");
		assertThat(estimate.marginOfError()).isEqualByComparingTo("15.56");
		assertThat(estimate.sampleSize()).isEqualTo(18);
		assertThat(estimate.responses()).isEqualTo(9);
	}

	@Test
	void aCensusHasNoMarginOfError() {
		SurveyEstimate estimate = SurveyEstimate.of(new StratumAnswers(5, 5, List.of(5, 4, 4, 3, 5)));

		assertThat(estimate.marginOfError()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void aSingleAnswerTakesTheLargestPossibleSpread() {
		// s = 50: 1.96 · √(2500 · (1 − 1/10)) = 92.97
		SurveyEstimate estimate = SurveyEstimate.of(new StratumAnswers(10, 3, List.of(4)));

		assertThat(estimate.score()).isEqualByComparingTo("75.00");
		assertThat(estimate.marginOfError()).isEqualByComparingTo("92.97");
	}

	@Test
	void nobodyAnsweringGivesNoScoreButKeepsTheSampleSize() {
		SurveyEstimate estimate = SurveyEstimate.of(new StratumAnswers(40, 10, List.of()));

		assertThat(estimate.score()).isNull();
		assertThat(estimate.marginOfError()).isNull();
		assertThat(estimate.sampleSize()).isEqualTo(10);
		assertThat(estimate.responseRate()).isEqualByComparingTo("0.0");
	}
}
