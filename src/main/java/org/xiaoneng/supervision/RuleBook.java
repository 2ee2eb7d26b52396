package org.xiaoneng.supervision;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** The rules' settings per unit, every version kept: the latest applies, the defaults where a unit changed nothing. */
@Repository
class RuleBook {

	private final JdbcClient jdbc;

	RuleBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rule as it applies in the unit now. */
	RuleTerms terms(long unitId, Rule rule) {
		return jdbc.sql("""
				select rule_code, unit_id, version, enabled, threshold, days_left, feedback_days, changed_by, changed_at
				from supervision.rule_setting where unit_id = :unit and rule_code = :rule order by version desc limit 1""")
			.param("unit", unitId)
			.param("rule", rule.code())
			.query(RuleBook::terms)
			.optional()
			.orElseGet(() -> RuleTerms.builtIn(rule, unitId));
	}

	/**
	 * The latest settings of the rules in every unit that changed them, by unit and rule, in one read (the deadline
	 * sweep's terms); a rule a unit never changed applies there as built in ({@link RuleTerms#builtIn}).
	 */
	Map<Long, Map<Rule, RuleTerms>> changedEverywhere(List<Rule> rules) {
		Map<Long, Map<Rule, RuleTerms>> units = new HashMap<>();
		jdbc.sql("""
				select distinct on (unit_id, rule_code) rule_code, unit_id, version, enabled, threshold, days_left,
				  feedback_days, changed_by, changed_at
				from supervision.rule_setting where rule_code in (:rules) order by unit_id, rule_code, version desc""")
			.param("rules", rules.stream().map(Rule::code).toList())
			.query(RuleBook::terms)
			.list()
			.forEach(terms -> units.computeIfAbsent(terms.unitId(), unit -> new EnumMap<>(Rule.class))
				.put(terms.rule(), terms));
		return units;
	}

	/** Every rule as it applies in the unit now, in the catalogue's order. */
	List<RuleTerms> all(long unitId) {
		Map<Rule, RuleTerms> changed = jdbc.sql("""
				select distinct on (rule_code) rule_code, unit_id, version, enabled, threshold, days_left, feedback_days,
				  changed_by, changed_at
				from supervision.rule_setting where unit_id = :unit order by rule_code, version desc""")
			.param("unit", unitId)
			.query(RuleBook::terms)
			.list()
			.stream()
			.collect(Collectors.toMap(RuleTerms::rule, Function.identity()));
		return Arrays.stream(Rule.values())
			.map(rule -> changed.getOrDefault(rule, RuleTerms.builtIn(rule, unitId)))
			.toList();
	}

	/**
	 * Records a new version; a second supervisor saving on the same version at the same time fails on the primary
	 * key instead of overwriting the first.
	 */
	void add(RuleTerms terms) {
		jdbc.sql("""
				insert into supervision.rule_setting (unit_id, rule_code, version, enabled, threshold, days_left,
				  feedback_days, changed_by, changed_at)
				values (:unit, :rule, :version, :enabled, :threshold, :daysLeft, :feedbackDays, :by, :at)""")
			.param("unit", terms.unitId())
			.param("rule", terms.rule().code())
			.param("version", terms.version())
			.param("enabled", terms.enabled())
			.param("threshold", terms.threshold())
			.param("daysLeft", terms.daysLeft())
			.param("feedbackDays", terms.feedbackDays())
			.param("by", terms.changedBy())
			.param("at", Columns.time(terms.changedAt()))
			.update();
	}

	private static RuleTerms terms(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Instant at = Columns.instant(rs, "changed_at");
		return new RuleTerms(Rule.valueOf(rs.getString("rule_code")), rs.getLong("unit_id"), rs.getInt("version"),
				rs.getBoolean("enabled"), rs.getObject("threshold", Integer.class),
				rs.getObject("days_left", Integer.class), rs.getInt("feedback_days"), rs.getString("changed_by"), at);
	}
}
