package org.xiaoneng.evaluation;

/**
 * How an indicator's figure becomes its points on a 0–100 scale (量化标准, rule 八 (四) 1).
 * <ul>
 * <li>{@code LINEAR}: {@code first} scores 0 and {@code second} 100, linear between them and held at the ends; with
 * {@code first} above {@code second} less is better (days used against days promised).</li>
 * <li>{@code DEDUCTION}: 100 less {@code first} points per event (a card, a decision), not below the floor
 * {@code second}.</li>
 * <li>{@code BONUS}: {@code first} points per event added to the total, at most {@code second}; a bonus carries no
 * weight.</li>
 * </ul>
 *
 * @param type the kind of rule
 * @param first the lower bound, the deduction per event or the bonus per event
 * @param second the upper bound, the floor or the bonus's cap
 */
public record ScoringRule(Type type, double first, double second) {

	/** The kinds of rule. */
	public enum Type {
		LINEAR, DEDUCTION, BONUS
	}

	/** Linear between two bounds: {@code zeroAt} scores 0, {@code fullAt} scores 100. */
	public static ScoringRule linear(double zeroAt, double fullAt) {
		return new ScoringRule(Type.LINEAR, zeroAt, fullAt);
	}

	/** 100 less {@code perEvent} per event, not below {@code floor}. */
	public static ScoringRule deduction(double perEvent, double floor) {
		return new ScoringRule(Type.DEDUCTION, perEvent, floor);
	}

	/** {@code perEvent} added to the total per event, at most {@code cap}. */
	public static ScoringRule bonus(double perEvent, double cap) {
		return new ScoringRule(Type.BONUS, perEvent, cap);
	}

	/** The scores entered by people (leaders, the team, the public): points as given, 0 to 100. */
	public static ScoringRule asScored() {
		return linear(0, 100);
	}

	/** Whether it adds to the total instead of sharing the weights. */
	public boolean addsToTotal() {
		return type == Type.BONUS;
	}

	/**
	 * The points for a figure: 0–100 for linear and deduction rules, the bonus points for a bonus rule.
	 *
	 * @param figure the figure (a rate, a count of events, a score entered)
	 */
	public double points(double figure) {
		return switch (type) {
			case LINEAR -> {
				double share = (figure - first) / (second - first);
				yield 100 * Math.max(0, Math.min(1, share));
			}
			case DEDUCTION -> Math.max(second, 100 - first * figure);
			case BONUS -> Math.min(second, first * figure);
		};
	}

	/** The message key of what is wrong with the rule's numbers, or {@code null} when they make sense. */
	String problem() {
		if (type == null) {
			return "evaluation.error.ruleMissing";
		}
		boolean sensible = switch (type) {
			case LINEAR -> first != second && within(first) && within(second);
			case DEDUCTION -> first > 0 && second >= 0 && second < 100;
			case BONUS -> first > 0 && second >= first && second <= 100;
		};
		return sensible ? null : "evaluation.error.rule." + type.name();
	}

	private static boolean within(double bound) {
		return Double.isFinite(bound) && Math.abs(bound) <= 1_000_000;
	}
}
