package org.xiaoneng.evaluation.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * A survey's score with its 95 % margin of error, for one department (one stratum) or a unit (its strata together).
 * Answers of overall satisfaction 1–5 count 0, 25, 50, 75 and 100 points.
 * <p>
 * The estimator is the stratified mean ȳ_st = Σ W_h ȳ_h with W_h = N_h / N, over the strata that answered, and its
 * variance v(ȳ_st) = Σ W_h² · s_h² / n_h · (1 − n_h / N_h) (Cochran, Sampling Techniques, 3rd ed., Wiley 1977,
 * theorem 5.3; for one stratum theorem 2.2: the simple random sample's variance with the finite-population
 * correction 1 − f). The margin is 1.96 · √v, the normal approximation of a 95 % confidence interval. A stratum with
 * fewer than two answers has no sample variance; its s_h is then taken as 50 points, the largest standard deviation a
 * figure between 0 and 100 can have, so that a thin stratum shows a wide margin rather than none.
 *
 * @param score the estimated mean, 0–100, two decimals; {@code null} when nobody answered
 * @param sampleSize how many people were invited
 * @param responses how many answered
 * @param marginOfError half the 95 % interval's width in points, two decimals; {@code null} when nobody answered
 */
public record SurveyEstimate(BigDecimal score, int sampleSize, int responses, BigDecimal marginOfError) {

	/** The standard normal quantile of a two-sided 95 % interval. */
	static final double Z_95 = 1.96;

	/** The largest standard deviation of a figure between 0 and 100 (half its range). */
	static final double LARGEST_DEVIATION = 50;

	/**
	 * What one stratum gave.
	 *
	 * @param population the people of the stratum in the period (N_h)
	 * @param invited how many were invited
	 * @param overall the overall satisfaction (1–5) of each answer
	 */
	record StratumAnswers(int population, int invited, List<Integer> overall) {

		StratumAnswers {
			overall = List.copyOf(overall);
			if (overall.size() > invited || invited > population) {
				throw new IllegalArgumentException("answers ≤ invited ≤ population");
			}
		}
	}

	/** Responses as a share of those invited, 0–100 %, one decimal; {@code null} when nobody was invited. */
	public BigDecimal responseRate() {
		return sampleSize == 0 ? null
				: BigDecimal.valueOf(100.0 * responses / sampleSize).setScale(1, RoundingMode.HALF_UP);
	}

	static SurveyEstimate of(StratumAnswers stratum) {
		return of(List.of(stratum));
	}

	static SurveyEstimate of(Collection<StratumAnswers> strata) {
		int invited = strata.stream().mapToInt(StratumAnswers::invited).sum();
		List<StratumAnswers> answered = strata.stream().filter(s -> !s.overall().isEmpty()).toList();
		int responses = answered.stream().mapToInt(s -> s.overall().size()).sum();
		if (answered.isEmpty()) {
			return new SurveyEstimate(null, invited, 0, null);
		}
		double population = answered.stream().mapToInt(StratumAnswers::population).sum();
		double mean = 0;
		double variance = 0;
		for (StratumAnswers s : answered) {
			double weight = s.population() / population;
			int n = s.overall().size();
			double stratumMean = s.overall().stream().mapToDouble(SurveyEstimate::points).average().orElseThrow();
			double spread = n < 2 ? LARGEST_DEVIATION * LARGEST_DEVIATION
					: s.overall().stream().mapToDouble(a -> Math.pow(points(a) - stratumMean, 2)).sum() / (n - 1);
			mean += weight * stratumMean;
			variance += weight * weight * spread / n * (1 - (double) n / s.population());
		}
		return new SurveyEstimate(twoDecimals(mean), invited, responses, twoDecimals(Z_95 * Math.sqrt(variance)));
	}

	/** An answer of 1–5 in points: 1 → 0, 5 → 100. */
	static double points(int answer) {
		return (answer - 1) * 25.0;
	}

	private static BigDecimal twoDecimals(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}
}
