package org.xiaoneng.supervision;

import java.time.Instant;

/**
 * A rule as it applies in a unit now: the built-in defaults (version 1) or the latest version a supervisor set.
 *
 * @param rule the rule
 * @param unitId the unit
 * @param version the version of these settings, recorded on every card they raise
 * @param enabled whether it raises cards in the unit
 * @param threshold its main number, or {@code null} when it has none
 * @param daysLeft the working days left of the deadline warning, or {@code null}
 * @param feedbackDays the working days its cards' holders have to feed back
 * @param changedBy who set this version, or {@code null} for the defaults
 * @param changedAt when, or {@code null} for the defaults
 */
public record RuleTerms(Rule rule, long unitId, int version, boolean enabled, Integer threshold, Integer daysLeft,
		int feedbackDays, String changedBy, Instant changedAt) {

	/** The built-in defaults of the rule in the unit. */
	static RuleTerms builtIn(Rule rule, long unitId) {
		return new RuleTerms(rule, unitId, Rule.BUILT_IN_VERSION, rule.signalledBy() != null,
				rule.threshold() == null ? null : rule.threshold().defaultValue(),
				rule.daysLeft() == null ? null : rule.daysLeft().defaultValue(), rule.feedbackDays(), null, null);
	}

	/**
	 * The next version with the supervisor's changes, each number checked against the rule's range.
	 *
	 * @throws ThresholdOutOfRangeException when a number lies outside its range, naming the range
	 */
	RuleTerms tunedTo(boolean on, Integer newThreshold, Integer newDaysLeft, int newFeedbackDays, String by,
			Instant at) {
		return new RuleTerms(rule, unitId, version + 1, on, inRange(rule.threshold(), newThreshold, "threshold"),
				inRange(rule.daysLeft(), newDaysLeft, "daysLeft"), inRange(FEEDBACK, newFeedbackDays, "feedbackDays"),
				by, at);
	}

	/** The feedback deadline's range: at least a day, at most six working weeks. */
	static final Rule.Threshold FEEDBACK = new Rule.Threshold(1, 30, 3);

	private static Integer inRange(Rule.Threshold range, Integer value, String field) {
		if (range == null) {
			return null;
		}
		if (value == null || value < range.min() || value > range.max()) {
			throw new ThresholdOutOfRangeException(field, range.min(), range.max());
		}
		return value;
	}
}
