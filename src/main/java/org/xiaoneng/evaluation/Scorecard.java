package org.xiaoneng.evaluation;

import java.util.List;
import java.util.Map;

/**
 * How one object's inputs become its breakdown under a scheme, as a named policy: each indicator's figure (computed,
 * entered by people, or the public survey's score) through its rule to points, times its weight; a bonus adds its
 * points. An indicator with no figure (no cases to measure) is not held against anyone and scores in full; one that
 * nobody has scored yet scores nothing until they do.
 */
final class Scorecard {

	/**
	 * A computed figure and how many cases, cards or decisions stand behind it.
	 *
	 * @param value the figure, or {@code null} when there was nothing to measure
	 * @param evidence the count of records behind it
	 */
	record Figure(Double value, int evidence) {

		static final Figure NONE = new Figure(null, 0);

		static Figure count(long events) {
			return new Figure((double) events, (int) Math.min(Integer.MAX_VALUE, events));
		}

		/** {@code part} of {@code whole} in per cent, over {@code cases} records; none when the whole is 0. */
		static Figure percent(long part, long whole, long cases) {
			return whole == 0 ? NONE : new Figure(100.0 * part / whole, (int) Math.min(Integer.MAX_VALUE, cases));
		}
	}

	/**
	 * The inputs of one object.
	 *
	 * @param figures the computed figures
	 * @param entered the scores people entered, by indicator code
	 * @param publicScore the public survey's score of the department, or {@code null} when none closed
	 */
	record Inputs(Map<Measure, Figure> figures, Map<String, Double> entered, Double publicScore) {
	}

	private Scorecard() {
	}

	static List<ScoreLine> score(Scheme scheme, Inputs inputs) {
		return scheme.leaves().stream().map(leaf -> line(leaf, inputs)).toList();
	}

	private static ScoreLine line(Scheme.WeightedIndicator leaf, Inputs inputs) {
		Indicator indicator = leaf.indicator();
		Figure figure = switch (indicator.kind()) {
			case COMPUTED -> inputs.figures().getOrDefault(indicator.measure(), Figure.NONE);
			case PUBLIC -> new Figure(inputs.publicScore(), 0);
			case LEADER_SCORED, YEAR_END, QUALITATIVE -> new Figure(inputs.entered().get(indicator.code()), 0);
		};
		double points;
		if (figure.value() != null) {
			points = indicator.rule().points(figure.value());
		}
		else {
			// nothing measured is not held against anyone; a score not yet given counts nothing
			points = indicator.kind() == IndicatorKind.COMPUTED && !indicator.rule().addsToTotal() ? 100 : 0;
		}
		double contribution = indicator.rule().addsToTotal() ? points : points * leaf.weight() / 100;
		return new ScoreLine(indicator.code(), leaf.dimension().name(), indicator.name(), indicator.kind(),
				indicator.measure(), leaf.weight(), figure.value(), round(points), round(contribution),
				figure.evidence());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
