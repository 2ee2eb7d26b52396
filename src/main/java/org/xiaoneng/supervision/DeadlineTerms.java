package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deadline rule as it applies in a unit on the sweep's day, worked out once per run and handed to the set-based
 * statement that issues the day's cards (decision 0023): whether it raises cards there, under which version of the
 * unit's settings, and the last day of the feedback its cards ask for, counted in the unit's working days.
 *
 * @param unitId the unit
 * @param rule one of the three deadline rules
 * @param version the version of the unit's settings, recorded on the card
 * @param enabled whether the rule raises cards in the unit
 * @param feedbackDue the last day of the feedback of a card issued on the day
 */
record DeadlineTerms(long unitId, Rule rule, int version, boolean enabled, LocalDate feedbackDue) {

	/** The rules the deadline sweep raises: 预警, 黄牌 on the deadline, 红牌 after it. */
	static final List<Rule> RULES = List.of(Rule.CASE_DEADLINE_NEAR, Rule.CASE_DUE_TODAY, Rule.CASE_OVERDUE);

	/** The terms as the JSON array of records the statement reads ({@code json_to_recordset}). */
	static String json(List<DeadlineTerms> terms) {
		return terms.stream()
			.map(t -> "{\"unit_id\":" + t.unitId + ",\"rule_code\":\"" + t.rule.code() + "\",\"version\":" + t.version
					+ ",\"enabled\":" + t.enabled + ",\"feedback_due\":\"" + t.feedbackDue + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
	}
}
